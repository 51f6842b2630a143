"""Shared setup of the emulator tests.

The ``emulator`` fixture comes from the package's own pytest plugin, as users get it. pytest refuses
``pytest_plugins`` in a conftest below the rootdir when the whole suite is collected from the repository root, so
the plugin is registered through the plugin manager instead (equivalent to ``pytest_plugins = [...]`` in a
top-level conftest or ``-p cloudmedia.emulator.pytest_plugin``).
"""

from __future__ import annotations

import pytest

PLUGIN = "cloudmedia.emulator.pytest_plugin"


def pytest_configure(config: pytest.Config) -> None:
    if not config.pluginmanager.has_plugin(PLUGIN):
        config.pluginmanager.import_plugin(PLUGIN)

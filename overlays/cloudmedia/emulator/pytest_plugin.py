"""A pytest plugin: the ``emulator`` fixture.

Enable it with ``pytest_plugins = ["cloudmedia.emulator.pytest_plugin"]`` in a conftest (or ``-p
cloudmedia.emulator.pytest_plugin``). Each test using ``emulator`` gets a running :class:`~.Emulator` with the default
test credentials, stopped afterwards. Options go in the ``emulator`` marker::

    @pytest.mark.emulator(pds_files=250, seed=7, faults=["imm:status=503,times=1"])
    def test_scan(emulator):
        ...

This module is only imported by pytest; the rest of the package does not depend on pytest.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .server import Emulator

__all__ = ["emulator"]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "emulator(**options): keyword arguments for the cloudmedia emulator of the `emulator` fixture"
    )


@pytest.fixture
def emulator(request: pytest.FixtureRequest) -> Iterator[Emulator]:
    """A running emulator on a free port of 127.0.0.1 (options from the ``emulator`` marker)."""
    options: dict[str, object] = {}
    for marker in reversed(list(request.node.iter_markers("emulator"))):
        options.update(marker.kwargs)
    with Emulator(0, **options) as emu:  # type: ignore[arg-type]
        yield emu

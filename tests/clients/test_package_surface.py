"""What ``import cloudmedia`` offers a user: only the public names, each importable, and no client imported."""

from __future__ import annotations

import json
import subprocess
import sys

import cloudmedia
from cloudmedia import _services


def test_dir_shows_only_the_public_names() -> None:
    assert dir(cloudmedia) == sorted(cloudmedia.__all__)
    assert "Any" not in dir(cloudmedia)
    assert "TYPE_CHECKING" not in dir(cloudmedia)


def test_every_public_name_resolves() -> None:
    for name in cloudmedia.__all__:
        assert getattr(cloudmedia, name) is not None, name


def test_every_registered_service_package_imports_its_client() -> None:
    import importlib

    for package in _services.PACKAGES:
        module = importlib.import_module(f"cloudmedia.{package}")
        client_names = [n for n in module.__all__ if n.endswith("Client")]
        assert client_names, package
        assert module._service.SERVICE.package == package


def test_importing_the_package_imports_no_client() -> None:
    code = "import json, sys, cloudmedia; print(json.dumps(sorted(m for m in sys.modules if m.startswith('cloudmedia.'))))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    loaded = json.loads(out)
    assert not any(name.split(".")[1] in _services.PACKAGES for name in loaded), loaded

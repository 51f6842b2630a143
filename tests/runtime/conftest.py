"""Make ``cloudmedia._runtime`` importable for the runtime tests, from the overlay sources.

Done once, when this conftest is imported:

* if ``cloudmedia._runtime`` is not importable (nothing generated or installed yet), ``overlays/package/`` is copied
  to a temporary directory as ``cloudmedia/`` and that directory is put first on ``sys.path``;
* if it is importable but older than the overlay (a generated copy not regenerated since an overlay file changed),
  the installed package is copied to a temporary directory with the overlay files laid over it, so the runtime
  tests exercise the current sources while the generated service packages stay importable;
* otherwise the importable package is used as it is.
"""

from __future__ import annotations

import atexit
import importlib
import importlib.util
import shutil
import sys
import tempfile
from pathlib import Path

_REPO = Path(__file__).resolve().parents[2]
_OVERLAY = _REPO / "overlays" / "package"
_IGNORE = shutil.ignore_patterns("__pycache__", "*.pyc")


def _installed_package() -> Path | None:
    try:
        if importlib.util.find_spec("cloudmedia._runtime") is None:
            return None
        spec = importlib.util.find_spec("cloudmedia")
    except (ImportError, ValueError):
        return None
    locations = list(spec.submodule_search_locations or []) if spec else []
    return Path(locations[0]) if locations else None


def _strip_rendered_header(text: str) -> str:
    first, sep, rest = text.partition("\n")
    return rest if first.startswith("# Rendered from ") else text


def _is_stale(package: Path) -> bool:
    for source in _OVERLAY.rglob("*.py"):
        if "__pycache__" in source.parts:
            continue
        target = package / source.relative_to(_OVERLAY)
        if not target.exists():
            return True
        if _strip_rendered_header(target.read_text(encoding="utf-8")) != source.read_text(encoding="utf-8"):
            return True
    return False


def _use(package_dir: Path) -> None:
    sys.path.insert(0, str(package_dir.parent))
    for name in [m for m in sys.modules if m == "cloudmedia" or m.startswith("cloudmedia.")]:
        del sys.modules[name]
    importlib.invalidate_caches()


def _temporary_root() -> Path:
    root = Path(tempfile.mkdtemp(prefix="cloudmedia-runtime-tests-"))
    atexit.register(shutil.rmtree, root, ignore_errors=True)
    return root


_installed = _installed_package()
if _installed is None:
    _target = _temporary_root() / "cloudmedia"
    shutil.copytree(_OVERLAY, _target, ignore=_IGNORE)
    _use(_target)
elif _is_stale(_installed):
    _target = _temporary_root() / "cloudmedia"
    shutil.copytree(_installed, _target, ignore=_IGNORE)
    shutil.copytree(_OVERLAY, _target, ignore=_IGNORE, dirs_exist_ok=True)
    _use(_target)

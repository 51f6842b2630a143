"""Regenerate the clients in ``generated/`` from ``specs/`` and ``overlays/``.

The pipeline, per spec:

1. load the spec (duplicate YAML keys are errors) and validate it (``specdev.validate``);
2. run openapi-python-client (pinned, in this process) with the shared configuration
   ``overlays/generator.yaml`` and the template overrides in ``overlays/templates/``. The stock
   templates stay reachable as ``upstream/<name>`` so an override can reuse stock macros. The
   generator's name function is replaced by ``overlays/naming.py`` for the duration of the run, and the
   templates see the spec's ``x-cloudmedia`` metadata as the global ``service``;
3. render the service model (``_service.py``) from the spec;
4. any generator warning is an error.

The hand-written package code in ``overlays/package/`` (runtime, signing, CLI, emulator) is copied to
``generated/cloudmedia/`` with a header naming its source. Everything is built in a staging directory
and then swapped in, so a failed run leaves ``generated/`` untouched; ``check()`` builds the same
staging tree and lists the files that differ. Output is byte-for-byte deterministic.
"""

from __future__ import annotations

import contextlib
import filecmp
import importlib.util
import io
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[2]
SPECS_DIR = REPO_ROOT / "specs"
OVERLAYS_DIR = REPO_ROOT / "overlays"
GENERATED_DIR = REPO_ROOT / "generated"
PACKAGE_NAME = "cloudmedia"

_IGNORED = shutil.ignore_patterns("__pycache__", "*.pyc", ".ruff_cache", ".mypy_cache")
_PY_HEADER = "# Rendered from {source} by scripts/regenerate.py. Do not edit: change the overlay and regenerate.\n"
_SCHEMA_KEYS = (
    "type",
    "minLength",
    "maxLength",
    "pattern",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minItems",
    "maxItems",
    "uniqueItems",
    "enum",
    "const",
)


class GenerationError(Exception):
    """The specs or overlays cannot be turned into clients; the message names the problem."""


@dataclass(frozen=True)
class SpecTarget:
    path: Path
    document: dict[str, Any]

    @property
    def package(self) -> str:
        return str(self.document["info"]["x-cloudmedia"]["package"])


# --------------------------------------------------------------------------------------------- helpers


def _load_naming() -> Any:
    spec = importlib.util.spec_from_file_location("cloudmedia_overlay_naming", OVERLAYS_DIR / "naming.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@contextlib.contextmanager
def _patched_names() -> Iterator[Any]:
    """Install the overlay's name function in the generator for the duration of a run."""
    from openapi_python_client import strings

    naming = _load_naming()
    original = strings.snake_case

    def snake_case(value: Any) -> str:
        if hasattr(value, "get_untrusted_value"):
            value = value.get_untrusted_value()
        return str(naming.snake_case(strings.sanitize(value)))

    strings.snake_case = snake_case  # type: ignore[assignment]
    try:
        yield naming
    finally:
        strings.snake_case = original  # type: ignore[assignment]


def _venv_bin_on_path() -> dict[str, str]:
    """The generator's post-hooks find ruff on PATH: make it the pinned one next to this interpreter."""
    env = dict(os.environ)
    bindir = str(Path(sys.executable).parent)
    env["PATH"] = bindir + os.pathsep + env.get("PATH", "")
    return env


def _resolve(document: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if not ref.startswith("#/"):
            raise GenerationError(f"only in-document $refs are supported, got {ref!r}")
        target: Any = document
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _schema_subset(document: dict[str, Any], schema: Any) -> dict[str, Any]:
    schema = _resolve(document, schema)
    out = {key: schema[key] for key in _SCHEMA_KEYS if key in schema}
    if "items" in schema:
        out["items"] = _schema_subset(document, schema["items"])
    return out


def _one_line(text: Any) -> str:
    return " ".join(str(text).split())


def _paginator(meta: dict[str, Any] | None, python_name: Any) -> dict[str, Any] | None:
    if meta is None:
        return None
    out = dict(meta)
    fields = [meta[k] for k in ("items", "output", "total") if k in meta]
    out["python_names"] = {name: str(python_name(name)) for name in fields}
    return out


def service_model_data(document: dict[str, Any], python_name: Any) -> dict[str, Any]:
    """The data of the service model (``_service.py``) of one spec."""
    info = document["info"]
    meta = info["x-cloudmedia"]
    operations = []
    for path, item in document.get("paths", {}).items():
        for method, op in item.items():
            if method not in {"get", "post", "put", "delete", "patch"}:
                continue
            op_meta = op["x-cloudmedia"]
            params = []
            descriptions: dict[str, str] = {}
            for raw in op.get("parameters", []):
                param = _resolve(document, raw)
                schema = _resolve(document, param.get("schema", {}))
                descriptions[param["name"]] = _one_line(param.get("description", ""))
                if param["in"] == "query" and "const" in schema and param["name"] in ("Action", "Version"):
                    continue
                params.append(
                    {
                        "wire": param["name"],
                        "python": str(python_name(param["name"])),
                        "location": param["in"],
                        "required": bool(param.get("required", False)),
                        "schema": _schema_subset(document, schema),
                    }
                )
            body = op.get("requestBody")
            if body is not None:
                body = _resolve(document, body)
                body_schema = _resolve(document, body["content"]["application/json"]["schema"])
                required = set(body_schema.get("required", []))
                for name, prop in body_schema.get("properties", {}).items():
                    descriptions[name] = _one_line(_resolve(document, prop).get("description", ""))
                    params.append(
                        {
                            "wire": name,
                            "python": str(python_name(name)),
                            "location": "body",
                            "required": name in required,
                            "schema": _schema_subset(document, prop),
                        }
                    )
            wire_path = path.split("#", 1)[0] or "/"
            operations.append(
                {
                    "name": op["operationId"],
                    "python_name": str(python_name(op["operationId"])),
                    "action": op_meta["action"],
                    "style": op_meta["style"],
                    "method": method.upper(),
                    "path": wire_path,
                    "idempotent": bool(op_meta.get("idempotent", True)),
                    "params": params,
                    "paginator": _paginator(op_meta.get("paginator"), python_name),
                    "summary": str(op.get("summary", op["operationId"])),
                    "descriptions": descriptions,
                    "description": str(op.get("description", "")),
                    "errors": op_meta.get("errors", []),
                }
            )
    return {
        "vendor": meta["vendor"],
        "product": meta["product"],
        "package": meta["package"],
        "client": meta["client"],
        "version": str(info["version"]),
        "title": str(info["title"]),
        "signing": tuple(meta["signing"]),
        "endpoint": meta.get("endpoint", {}),
        "operations": operations,
    }


# ----------------------------------------------------------------------------------- template globals

_PLAIN_TEMPLATES = {
    "any_property.py.jinja",
    "int_property.py.jinja",
    "float_property.py.jinja",
    "boolean_property.py.jinja",
    "const_property.py.jinja",
    "literal_enum_property.py.jinja",
}


class TemplateParam:
    """A request parameter as the endpoint templates see it: the generator's property plus its location."""

    def __init__(self, prop: Any, location: str) -> None:
        self._prop = prop
        self.location = location

    def __getattr__(self, name: str) -> Any:
        return getattr(self._prop, name)

    @property
    def is_plain(self) -> bool:
        """True when the Python value is already its wire value (no ``to_dict`` needed)."""
        prop = self._prop
        if prop.template in _PLAIN_TEMPLATES or prop.template is None:
            return True
        inner = getattr(prop, "inner_property", None)
        return prop.template == "list_property.py.jinja" and inner is not None and inner.template in _PLAIN_TEMPLATES


def endpoint_params(endpoint: Any) -> list[TemplateParam]:
    """The operation's parameters, flattened: query parameters (less the const Action/Version) and the
    properties of the JSON body, in spec order."""
    from openapi_python_client.parser.properties import ConstProperty, ModelProperty

    params = [TemplateParam(p, "query") for p in endpoint.query_parameters if not isinstance(p, ConstProperty)]
    for body in endpoint.bodies:
        prop = body.prop
        if not isinstance(prop, ModelProperty):
            raise GenerationError(f"{endpoint.name}: the request body must be an object schema")
        params.extend(TemplateParam(p, "body") for p in (*prop.required_properties, *prop.optional_properties))
    return params


def prop_kind(prop: Any) -> str:
    """How a model template reads and writes a property: ``model``, ``model_list``, ``plain`` or ``other``."""
    from openapi_python_client.parser.properties import ListProperty, ModelProperty

    if isinstance(prop, ModelProperty):
        return "model"
    if isinstance(prop, ListProperty):
        inner = prop.inner_property
        if isinstance(inner, ModelProperty):
            return "model_list"
        return "plain" if inner.template in _PLAIN_TEMPLATES or inner.template is None else "other"
    return "plain" if prop.template in _PLAIN_TEMPLATES or prop.template is None else "other"


def success_response(endpoint: Any) -> Any:
    for response in endpoint.responses.patterns:
        if tuple(response.status_code.range) == (200, 200):
            return response
    raise GenerationError(f"{endpoint.name}: no 200 response")


def _model_property(model: Any, wire_name: str) -> Any:
    for prop in (*model.required_properties, *model.optional_properties):
        if prop.name == wire_name:
            return prop
    raise GenerationError(f"{model.class_info.name} has no property {wire_name!r}")


# ------------------------------------------------------------------------------------------ generation


def _load_targets(names: Sequence[str] | None) -> list[SpecTarget]:
    from specdev.loader import find_specs, load_spec

    targets = [SpecTarget(path, load_spec(path)) for path in find_specs(REPO_ROOT)]
    if not targets:
        raise GenerationError(f"no specs found under {SPECS_DIR}")
    if names:
        wanted = set(names)
        known = {t.package for t in targets} | {t.path.stem for t in targets}
        unknown = wanted - known
        if unknown:
            raise GenerationError(f"unknown spec(s): {', '.join(sorted(unknown))}; known: {', '.join(sorted(known))}")
        targets = [t for t in targets if t.package in wanted or t.path.stem in wanted]
    return targets


def _validate(targets: Sequence[SpecTarget]) -> None:
    from specdev.validate import validate_all

    problems = validate_all([t.path for t in targets])
    if problems:
        raise GenerationError("invalid spec(s):\n" + "\n".join(f"  {p}" for p in problems))


def _generate_client(target: SpecTarget, out_dir: Path) -> None:
    from jinja2 import ChoiceLoader, FileSystemLoader, PackageLoader, PrefixLoader
    from openapi_python_client import Project, strings
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData
    from openapi_python_client.parser.errors import GeneratorError

    config = Config.from_sources(
        ConfigFile.load_from_path(OVERLAYS_DIR / "generator.yaml"),
        MetaType.NONE,
        target.path,
        "utf-8",
        overwrite=True,
        output_path=out_dir,
    )
    openapi = GeneratorData.from_dict(target.document, config=config)
    if isinstance(openapi, GeneratorError):
        raise GenerationError(f"{target.path}: {openapi.header}: {openapi.detail}")

    def python_name(name: str) -> str:
        return strings.PythonIdentifier(name, config.field_prefix)

    service = service_model_data(target.document, python_name)

    class ClientProject(Project):  # type: ignore[misc]
        def _run_post_hooks(self) -> None:
            template = self.env.get_template("service.py.jinja")
            (self.package_dir / "_service.py").write_text(template.render(), encoding="utf-8")
            (self.package_dir / "py.typed").write_text("", encoding="utf-8")
            super()._run_post_hooks()

    project = ClientProject(openapi=openapi, config=config, custom_template_path=OVERLAYS_DIR / "templates")
    project.env.loader = ChoiceLoader(
        [
            FileSystemLoader(str(OVERLAYS_DIR / "templates")),
            PrefixLoader({"upstream": PackageLoader("openapi_python_client")}),
            PackageLoader("openapi_python_client"),
        ]
    )
    # The generator names endpoints by the snake_case of their operationId.
    operations = {op["python_name"]: op for op in service["operations"]}

    def service_operation(endpoint: Any) -> dict[str, Any]:
        return operations[str(endpoint.name)]

    def paginator_types(endpoint: Any) -> dict[str, str]:
        """Python names and item type of a paginated operation's response fields."""
        op = service_operation(endpoint)
        model = success_response(endpoint).prop
        items = _model_property(model, op["paginator"]["items"])
        return {"item_type": items.inner_property.get_type_string(), "items_attr": items.python_name}

    project.env.add_extension("jinja2.ext.do")
    project.env.globals.update(
        service=service,
        spec=target.document,
        pyrepr=repr,
        endpoint_params=endpoint_params,
        success_response=success_response,
        service_operation=service_operation,
        paginator_types=paginator_types,
        prop_kind=prop_kind,
    )
    saved_env = os.environ.copy()
    os.environ.update(_venv_bin_on_path())
    captured = io.StringIO()
    try:
        with contextlib.redirect_stdout(captured):
            errors = project.build()
    finally:
        os.environ.clear()
        os.environ.update(saved_env)
    if errors:
        lines = [f"{target.path}: {e.header}: {e.detail}" for e in errors]
        raise GenerationError("generator warnings are errors:\n" + "\n".join(f"  {line}" for line in lines))


def _copy_package_overlay(dest: Path) -> None:
    source_root = OVERLAYS_DIR / "package"
    shutil.copytree(source_root, dest, ignore=_IGNORED, dirs_exist_ok=True)
    for path in sorted(dest.rglob("*.py")):
        rel = path.relative_to(dest)
        source = (source_root / rel).relative_to(REPO_ROOT)
        path.write_text(_PY_HEADER.format(source=source.as_posix()) + path.read_text(encoding="utf-8"), encoding="utf-8")


def build(stage: Path, names: Sequence[str] | None = None) -> list[str]:
    """Build the whole ``cloudmedia`` package into ``stage / "cloudmedia"``; return the packages built."""
    targets = _load_targets(names)
    _validate(targets)
    package_dir = stage / PACKAGE_NAME
    _copy_package_overlay(package_dir)
    with _patched_names():
        for target in targets:
            _generate_client(target, package_dir / target.package)
    for cache in package_dir.rglob("__pycache__"):
        shutil.rmtree(cache, ignore_errors=True)
    return [t.package for t in targets]


def _files(root: Path) -> dict[str, Path]:
    if not root.exists():
        return {}
    return {
        p.relative_to(root).as_posix(): p
        for p in root.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and not p.name.endswith(".pyc")
    }


def diff_trees(expected: Path, actual: Path) -> list[str]:
    """Every file that differs between two trees, as ``changed|missing|extra: path``."""
    want, have = _files(expected), _files(actual)
    out: list[str] = []
    for rel in sorted(want.keys() | have.keys()):
        if rel not in have:
            out.append(f"missing: {rel}")
        elif rel not in want:
            out.append(f"extra: {rel}")
        elif not filecmp.cmp(want[rel], have[rel], shallow=False):
            out.append(f"changed: {rel}")
    return out


@contextlib.contextmanager
def _exclusive(output: Path) -> Iterator[None]:
    """One regeneration at a time per output directory."""
    import fcntl

    output.mkdir(parents=True, exist_ok=True)
    with open(output / ".regenerate.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def regenerate(names: Sequence[str] | None = None, *, output: Path = GENERATED_DIR) -> list[str]:
    """Regenerate into ``output`` (default ``generated/``); return the packages written."""
    with _exclusive(output), tempfile.TemporaryDirectory(prefix="cloudmedia-gen-") as tmp:
        stage = Path(tmp)
        if names:
            # Partial run: start from the current tree so the other clients stay as they are.
            if (output / PACKAGE_NAME).exists():
                shutil.copytree(output / PACKAGE_NAME, stage / PACKAGE_NAME, ignore=_IGNORED)
            for name in names:
                shutil.rmtree(stage / PACKAGE_NAME / name, ignore_errors=True)
        built = build(stage, names)
        output.mkdir(parents=True, exist_ok=True)
        final = output / PACKAGE_NAME
        old = output / f".{PACKAGE_NAME}.old"
        shutil.rmtree(old, ignore_errors=True)
        if final.exists():
            final.rename(old)
        shutil.move(str(stage / PACKAGE_NAME), str(final))
        shutil.rmtree(old, ignore_errors=True)
    return built


def check(*, output: Path = GENERATED_DIR) -> list[str]:
    """Regenerate everything into a temporary directory and list what differs from ``output``."""
    with tempfile.TemporaryDirectory(prefix="cloudmedia-check-") as tmp:
        stage = Path(tmp)
        build(stage)
        return diff_trees(stage / PACKAGE_NAME, output / PACKAGE_NAME)

"""Draft the operation of a page that no spec has: into its product's spec, or into a new spec file."""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass, field
from pathlib import Path as FsPath
from typing import Any

from ruamel.yaml.comments import CommentedMap

from specdev.docdiff.readers import Page
from specdev.loader import SpecLoadError, find_specs, load_spec

from .families import Family, family_of, status_description
from .model import Components, PageModel, camel, clean_text
from .sdk import volcengine_required
from .yamlio import node, plain

__all__ = ["DraftError", "Target", "draft_operation", "locate", "new_spec", "operation_id_of", "style_of"]

_READ_VERBS = ("Get", "List", "Search", "Query", "Describe", "Scan", "BatchGet", "Check", "Head", "Count")


class DraftError(ValueError):
    """The page does not say enough to place its operation; the message says what to pass."""


def style_of(page: Page) -> str:
    if page.layout == "volcengine":
        return "volcengine"
    if page.path:
        return "roa"
    return "rpc"


def operation_id_of(page: Page) -> str:
    """The operation's name: the action, or for ROA pages the path (``/v2/file/scan`` -> ``ScanFile``)."""
    if page.action:
        return page.action
    assert page.path
    segments = [s for s in page.path.split("/") if s and not s.startswith("{") and not re.fullmatch(r"v\d+", s)]
    last = segments[-1] if segments else "root"
    words = [w for w in re.split(r"[_\-]", last) if w]
    if len(words) == 1 and len(segments) >= 2:
        return camel(words[0]) + camel(segments[-2])
    return "".join(camel(w) for w in words)


@dataclass
class Target:
    """Where a page's operation goes."""

    file: FsPath
    style: str
    vendor: str
    product: str
    version: str
    new_file: bool = False
    check: list[str] = field(default_factory=list)


def _spec_infos(root: FsPath) -> list[tuple[FsPath, dict[str, Any]]]:
    out = []
    for f in find_specs(root):
        with contextlib.suppress(SpecLoadError):  # an unreadable spec is reported by validation, not here
            out.append((f, load_spec(f)))
    return out


def _styles(doc: dict[str, Any]) -> set[str]:
    out = set()
    for item in (doc.get("paths") or {}).values():
        for op in (item or {}).values():
            if isinstance(op, dict):
                style = (op.get("x-cloudmedia") or {}).get("style")
                if style:
                    out.add(style)
    return out


def locate(
    page: Page, root: FsPath, *, spec: FsPath | None = None, product: str | None = None, version: str | None = None
) -> Target:
    """The spec a new operation belongs in (found from the page: product, API version, style)."""
    style = style_of(page)
    fam = family_of(style)
    infos = _spec_infos(root)
    if spec is not None:
        doc = load_spec(spec)
        meta = doc["info"]["x-cloudmedia"]
        return Target(spec, style, meta["vendor"], meta["product"], str(doc["info"]["version"]))
    product = product or page.service
    version = version or page.version
    candidates = []
    for f, doc in infos:
        meta = (doc.get("info") or {}).get("x-cloudmedia") or {}
        if meta.get("vendor") != fam.vendor:
            continue
        title = str((doc.get("info") or {}).get("title") or "")
        if (
            product
            and meta.get("product") == product
            or not product
            and page.product
            and title.lower() == page.product.lower()
            or (
                not product
                and not page.product
                and style == "roa"
                and ("roa" in _styles(doc) or set(meta.get("signing") or ()) & set(fam.signing))
            )
        ):
            candidates.append((f, doc))
    if candidates:
        product = product or str(candidates[0][1]["info"]["x-cloudmedia"]["product"])
        if version:
            same = [(f, d) for f, d in candidates if str(d["info"]["version"]) == version]
            if same:
                return Target(same[0][0], style, fam.vendor, product, version)
        else:
            newest = max(candidates, key=lambda fd: str(fd[1]["info"]["version"]))
            found = Target(newest[0], style, fam.vendor, product, str(newest[1]["info"]["version"]))
            if len(candidates) > 1:
                found.check.append(f"the page does not state its API version; {found.version} (the newest) was taken")
            return found
    if not product:
        what = f"product {page.product!r}" if page.product else "its product"
        raise DraftError(
            f"no spec under specs/ matches {what} and the page does not name the product code; pass --product"
        )
    if not version:
        raise DraftError(
            f"no spec of product {product!r} exists and the page does not state the API version; pass --version"
        )
    directory = "volcengine" if fam.vendor == "volcengine" else "alibaba"
    return Target(root / "specs" / directory / f"{product}-{version}.yaml", style, fam.vendor, product, version, True)


def new_spec(page: Page, target: Target, root: FsPath) -> tuple[CommentedMap, list[str]]:
    """The skeleton of a new spec file: service metadata from the same product's other version, else the
    family's defaults (reported as "check by hand")."""
    fam = family_of(target.style)
    check: list[str] = []
    sibling = None
    packages = set()
    for f, doc in _spec_infos(root):
        meta = (doc.get("info") or {}).get("x-cloudmedia") or {}
        packages.add(meta.get("package"))
        if meta.get("product") == target.product and meta.get("vendor") == target.vendor:
            sibling = (f, doc)
    package = re.sub(r"\W", "_", target.product.lower())
    if package in packages:
        package = f"{package}{target.version.replace('-', '')}"
    client = camel(package.replace("_", " ")) + "Client"
    if sibling is not None:
        base = dict(sibling[1]["info"]["x-cloudmedia"])
        title = str(sibling[1]["info"].get("title") or target.product)
        signing, endpoint = list(base["signing"]), dict(base["endpoint"])
        check.append(
            f"signing and endpoint map copied from {sibling[0].relative_to(root)} (same product, another version)"
        )
    else:
        title = page.product or target.product.upper()
        if not page.product:
            check.append(f"title {title!r}: the page does not name the product; taken from its code")
        signing, endpoint = list(fam.signing), fam.endpoint_for(target.product)
        check.append(f"signing schemes {signing}: the {fam.style} family's default")
        check.append(
            f"endpoint {endpoint}: the {fam.style} family's default; the official SDK's endpoint map may differ"
        )
    check.append(f"package {package!r}, client {client!r}: chosen from the product code")
    description = {
        "rpc": f"{title} API, version {target.version}. RPC style: every operation is `POST /` with its parameters "
        "in the query string and an empty body.",
        "roa": f"{title} API, version {target.version}. ROA style: each operation has its real path and method and "
        "takes a JSON request body.",
        "volcengine": f"{title} API, version {target.version}. Every operation is "
        f"`POST /?Action=<Action>&Version={target.version}` with a JSON request body, signed with Volcengine "
        f"HMAC-SHA256 (service {target.product}).",
    }[target.style]
    doc = node(
        {
            "openapi": "3.1.0",
            "info": {
                "title": title,
                "version": target.version,
                "description": description,
                "x-cloudmedia": {
                    "vendor": target.vendor,
                    "product": target.product,
                    "package": package,
                    "client": client,
                    "signing": signing,
                    "endpoint": endpoint,
                },
            },
            "paths": {},
            "components": {"schemas": {}},
        }
    )
    doc["info"]["x-cloudmedia"]["signing"].fa.set_flow_style()
    return doc, check


def _idempotent(op_id: str) -> bool:
    return op_id.startswith(_READ_VERBS)


def _paginator(model: PageModel, items_root: tuple[str, ...]) -> dict[str, Any] | None:
    params = {e.path[0] for e in model.top_params()}
    fields = [p[-1] for p in model.nodes if len(p) == len(items_root) + 1 and p[: len(items_root)] == items_root]
    arrays = [f for f in fields if model.nodes[(*items_root, f)].type == "array"]
    if len(arrays) != 1:
        return None
    page = next((n for n in ("PageNo", "PageNumber", "page_no", "PageIndex") if n in params), None)
    size = next((n for n in ("PageSize", "page_size") if n in params), None)
    total = next((n for n in ("Total", "TotalCount", "total_count", "total") if n in fields), None)
    if page and size and total:
        return {"kind": "page_number", "page": page, "page_size": size, "total": total, "items": arrays[0]}
    marker_in = next((n for n in ("marker", "Marker", "NextToken", "next_token") if n in params), None)
    marker_out = next((n for n in ("next_marker", "NextMarker", "NextToken", "next_token") if n in fields), None)
    limit = next((n for n in ("limit", "MaxResults", "MaxKeys", "PageSize", "Limit") if n in params), None)
    if marker_in and marker_out and limit:
        return {"kind": "marker", "input": marker_in, "output": marker_out, "limit": limit, "items": arrays[0]}
    return None


def _error_responses(page: Page, fam: Family, meta: dict[str, Any], action: str, version: str) -> dict[str, Any]:
    statuses: dict[int, list[str]] = {}
    if page.errors:
        for err in page.errors:
            if err.status is not None and 400 <= err.status <= 599:
                statuses.setdefault(err.status, []).append(
                    f"{err.code} ({clean_text(err.description or err.message).rstrip('.。')})"
                )
        meta["errors"] = [
            node({"status": e.status, "code": e.code, "message": e.message.split(" example:")[0].strip()}, flow=True)
            for e in page.errors
            if e.status is not None and e.code
        ]
    if not statuses:
        statuses = {s: [] for s in fam.default_statuses}
    out: dict[str, Any] = {}
    for status in sorted(statuses):
        codes = statuses[status]
        response: dict[str, Any] = {
            "description": (", ".join(codes) + ".") if codes else status_description(status),
        }
        if fam.request_id_header:
            response["headers"] = {fam.request_id_header: {"$ref": "#/components/headers/RequestId"}}
        response["content"] = {"application/json": {"schema": {"$ref": f"#/components/schemas/{fam.error_schema}"}}}
        out[str(status)] = response
    return out


def draft_operation(page: Page, doc: CommentedMap, target: Target) -> tuple[str, str, list[str]]:
    """Add the page's operation to ``doc`` (in place); return its path key, operationId and what to check."""
    style = target.style
    fam = family_of(style)
    model = PageModel(page, style)
    op_id = operation_id_of(page)
    if style == "volcengine":
        model.fill_required(volcengine_required(target.product, op_id), "the official SDK's request model")
    check = list(model.check)
    version = str(doc["info"]["version"])
    if style == "roa":
        assert page.path and page.method
        key, method = page.path, page.method.lower()
    else:
        key, method = f"/#{op_id}", "post"
    paths = doc.setdefault("paths", CommentedMap())
    if key in paths and method in paths[key]:
        raise DraftError(f"{target.file.name} already has {method.upper()} {key}")
    components = doc.setdefault("components", CommentedMap())
    schemas = components.setdefault("schemas", CommentedMap())
    comps = Components(existing=plain(schemas))

    meta: dict[str, Any] = {"action": op_id, "style": style, "idempotent": _idempotent(op_id)}
    check.append(f"{op_id}: idempotent: {str(meta['idempotent']).lower()} (guessed from the operation's name)")
    op: dict[str, Any] = {"operationId": op_id}
    if page.summary:
        op["summary"] = clean_text(page.summary)
    if page.description and page.description != page.summary:
        op["description"] = clean_text(page.description)
    op["x-cloudmedia"] = meta

    params: list[dict[str, Any]] = []
    if style in ("rpc", "volcengine"):
        params.append(
            {
                "name": "Action",
                "in": "query",
                "required": True,
                "description": f"The operation to perform. Value: {op_id}.",
                "schema": {"type": "string", "const": op_id, "default": op_id},
                "example": op_id,
            }
        )
        shared = (components.get("parameters") or {}).get("Version")
        if shared is not None and str(plain(shared).get("schema", {}).get("const")) == version:
            params.append({"$ref": "#/components/parameters/Version"})
        else:
            params.append(
                {
                    "name": "Version",
                    "in": "query",
                    "required": True,
                    "description": f"The API version. Value: {version}.",
                    "schema": {"type": "string", "const": version, "default": version},
                    "example": version,
                }
            )
    if style == "rpc":
        for e in model.top_params():
            schema = model.param_schema(e.path, with_doc=False)
            param = {
                "name": e.path[0],
                "in": "query",
                "required": bool(e.required),
                "description": model.param_description(e.path),
                "schema": schema,
                "example": model.param_example(e.path),
            }
            params.append(param)
    if params:
        op["parameters"] = params
    if style in ("roa", "volcengine"):
        request_name = comps.place(
            f"{op_id}Request",
            op_id,
            {
                "type": "object",
                "description": "The request parameters.",
                **(
                    {"required": [e.path[0] for e in model.top_params() if e.required]}
                    if any(e.required for e in model.top_params())
                    else {}
                ),
                "properties": {e.path[0]: model.param_schema(e.path, with_doc=True) for e in model.top_params()},
            },
        )
        body: dict[str, Any] = {
            "required": True,
            "description": "The request parameters.",
            "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{request_name}"}}},
        }
        example = model.request_example()
        if example:
            body["content"]["application/json"]["examples"] = {"doc": {"value": node(example, 18, fold=False)}}
        op["requestBody"] = body

    root_name = model.response_components(op_id, comps)
    success: dict[str, Any] = {
        "description": model._root_description() if style != "volcengine" else "The response.",
        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{root_name}"}}},
    }
    if page.response_examples:
        examples = {}
        for i, value in enumerate(page.response_examples):
            examples["doc" if i == 0 else f"doc{i + 1}"] = {"value": node(value, 20, fold=False)}
        success["content"]["application/json"]["examples"] = examples
    responses = {"200": success, **_error_responses(page, fam, meta, op_id, version)}
    op["responses"] = responses
    items_root = page.response_root
    paginator = _paginator(model, items_root)
    if paginator and style != "volcengine":
        meta["paginator"] = paginator
        check.append(f"{op_id}: paginator {paginator['kind']} detected from the parameter and field names")
    elif "errors" in meta:
        meta["errors"] = meta.pop("errors")

    # Into the document: the operation, its component schemas (in reference order), the family's error
    # schema and, for ROA, the request-id header.
    paths[key] = CommentedMap() if key not in paths else paths[key]
    paths[key][method] = node(op, indent=6)
    for name, extra in comps.reused.items():
        props = schemas[name].setdefault("properties", CommentedMap())
        for k, v in extra.items():
            props[k] = node(v, indent=8)
        check.append(f"component {name}: reused; added {', '.join(extra)} from the page")
    roots = [root_name, *([request_name] if style in ("roa", "volcengine") else [])]
    extra_refs = re.findall(r"#/components/schemas/([A-Za-z0-9_.\-]+)", repr(list(comps.reused.values())))
    ordered = _reference_order([*roots, *extra_refs], comps.new, reachable_only=True)
    error_names = list(fam.error_components)
    anchor = next((i for i, k in enumerate(schemas) if k in error_names), None)
    for name in ordered:
        value = node(comps.new[name], indent=6)
        if anchor is not None:
            schemas.insert(anchor, name, value)
            anchor += 1
        else:
            schemas[name] = value
    for name, schema in fam.error_components.items():
        if name not in schemas:
            schemas[name] = node(schema, indent=6)
    if fam.request_id_header:
        headers = components.setdefault("headers", CommentedMap())
        if "RequestId" not in headers:
            headers["RequestId"] = node(
                {
                    "description": "The ID of the request. Error bodies do not carry it.",
                    "schema": {"type": "string"},
                },
                indent=6,
            )
    if not components.get("parameters") and "parameters" in components:
        del components["parameters"]
    _flow_errors(paths[key][method])
    return key, op_id, check


def _flow_errors(op: Any) -> None:
    errors = (op.get("x-cloudmedia") or {}).get("errors")
    for entry in errors or []:
        if hasattr(entry, "fa"):
            entry.fa.set_flow_style()


def _reference_order(roots: list[str], new: dict[str, dict[str, Any]], reachable_only: bool = False) -> list[str]:
    order: list[str] = []
    queue = [r for r in roots if r in new]
    while queue:
        name = queue.pop(0)
        if name in order:
            continue
        order.append(name)
        for ref in re.findall(r"#/components/schemas/([A-Za-z0-9_.\-]+)", repr(new[name])):
            if ref in new and ref not in order:
                queue.append(ref)
    return order if reachable_only else order + [n for n in new if n not in order]

"""Read a saved API reference page (plain text copied from the vendor's site) into a ``Page``.

Three layouts are recognised from the structure of the text, not from the product:

``pipe``
    Tables written as ``| cell |`` with one cell per line (the PDS pages). A row starts at a line opening
    with ``|``; every cell ends with ``|``. Rows without a name (the response root, array items) drop their
    name cell, which shows as a row whose *Type* column holds prose and whose last cell is empty.
``alibaba``
    English Alibaba Cloud pages with a ``Parameter / Type / Required / Description / Example`` table, either
    one cell per line separated by blank lines (variant ``cells``) or with the name, type and required
    cells glued on one line, ``VideoIdstringYes``, followed by description paragraphs and an example line
    (variant ``glued``). The action comes from the title ``Product:Action``.
``volcengine``
    Chinese Volcengine pages: ``参数 / 类型 / 是否必填 / 示例值 / 描述`` cells one per line, ``返回参数``,
    ``请求示例`` / ``返回示例`` and an ``错误码`` table (``状态码 / 错误码 / 错误信息 / 说明``). Action and
    Version come from the request address. The response table lists the members of ``Result``.

Anything else raises ``PageError``: a page without a request parameter table (unrelated or truncated), a
table that cannot be split into rows, a JSON example that does not parse (truncated), or a page that does
not say which operation it documents.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from .text import is_identifier, is_prose, is_required_word, parse_type

__all__ = ["ErrorRow", "Page", "PageError", "Row", "read_page"]


class PageError(ValueError):
    """The page cannot be read as an API reference page; the message says why."""


@dataclass
class Row:
    """One table row as the page shows it. ``name`` is empty for rows the page leaves unnamed."""

    name: str
    doc_type: str
    required: str | None = None
    description: str = ""
    example: str = ""


@dataclass
class ErrorRow:
    status: int | None
    code: str
    message: str
    description: str = ""


@dataclass
class Page:
    source: str
    layout: str  # pipe | alibaba | volcengine
    variant: str  # pipe | cells | glued
    title: str | None = None
    product: str | None = None
    action: str | None = None
    version: str | None = None
    method: str | None = None
    path: str | None = None
    request_rows: list[Row] = field(default_factory=list)
    response_rows: list[Row] = field(default_factory=list)
    response_root: tuple[str, ...] = ()
    request_examples: list[Any] = field(default_factory=list)
    response_examples: list[Any] = field(default_factory=list)
    errors: list[ErrorRow] | None = None
    warnings: list[str] = field(default_factory=list)
    summary: str | None = None  # the page's one-line description of the operation
    description: str = ""  # the summary and the operation description section, as one paragraph
    service: str | None = None  # product code: ``imm`` (RAM action ``imm:X``), ``nta`` (signing scope)


# --------------------------------------------------------------------------------------------- sections

_HEADINGS = {
    "request": ["Request parameters", "请求参数"],
    "response": ["Response parameters", "Response elements", "返回参数", "响应参数"],
    "examples": ["Examples"],
    "request-example": ["请求示例", "Sample requests", "Request example", "Request examples"],
    "response-example": ["返回示例", "响应示例", "Response example", "Response examples"],
    "errors": ["Error codes", "错误码"],
    "syntax": ["Request syntax"],
    "request-info": ["请求说明"],
    "description": ["Operation description", "注意事项", "接口说明"],
    "other": [
        "Change history",
        "Release notes",
        "Request headers",
        "Response headers",
        "Debugging",
        "Authorization information",
        "RAM authorization",
        "Try it now",
        "调试",
        "公共参数",
        "References",
    ],
}
_HEADING_OF = {h.lower(): kind for kind, hs in _HEADINGS.items() for h in hs}
_CHINESE_HEADINGS = {h for hs in _HEADINGS.values() for h in hs if re.search(r"[\u4e00-\u9fff]", h)}


def _sections(text: str) -> tuple[str, dict[str, str], dict[str, str]]:
    """(text before the first heading, kind -> body of its first section, kind -> heading line)."""
    lines = text.split("\n")
    head: list[str] = []
    bodies: dict[str, list[str]] = {}
    titles: dict[str, str] = {}
    current: list[str] = head
    current_kind: str | None = None
    for line in lines:
        kind = _HEADING_OF.get(line.strip().lower())
        # A heading word repeated inside its own section is a table header cell (``错误码`` in the error table).
        if kind is not None and kind != current_kind:
            current_kind = kind
            if kind in bodies and kind != "other":
                current = []  # a second section of the same kind: keep the first
            else:
                current = bodies.setdefault(kind, []) if kind != "other" else []
                titles.setdefault(kind, line.strip())
            continue
        current.append(line)
    return "\n".join(head), {k: "\n".join(v) for k, v in bodies.items()}, titles


# ------------------------------------------------------------------------------------------------ tables

_ROLE_WORDS = {
    "name": ["parameter", "parameters", "element", "name", "field", "参数", "参数名", "参数名称", "名称", "字段"],
    "type": ["type", "类型", "参数类型"],
    "required": ["required", "是否必选", "是否必填", "必选", "必填"],
    "description": ["description", "描述", "说明", "参数说明"],
    "example": ["example", "example value", "示例值", "示例"],
    "status": ["http status code", "httpcode", "http code", "status code", "状态码", "http状态码"],
    "code": ["error code", "错误码"],
    "message": ["error message", "错误信息"],
}
_ROLE_OF = {w: role for role, ws in _ROLE_WORDS.items() for w in ws}
_GLUED_HEADER = re.compile(
    "(?:" + "|".join(re.escape(w) for w in sorted(_ROLE_OF, key=len, reverse=True) if w.isascii()) + ")",
    re.IGNORECASE,
)
_GLUED_TYPES = r"array<[^<>\s]*>|array|object|string|integer|long|int32|int64|int|boolean|bool|float|double|number|map<[^<>\s]*>|map"
_GLUED_ROW = re.compile(rf"(?P<name>[A-Za-z_$@][\w.$@\-]*?)?(?P<type>{_GLUED_TYPES})(?P<req>Yes|No)?")


@dataclass
class _Table:
    variant: str
    roles: list[str]
    body: str  # the text after the header


def _glued_header_roles(line: str) -> list[str] | None:
    """``ParameterTypeRequiredDescriptionExample`` -> its column roles."""
    s = line.strip()
    words = _GLUED_HEADER.findall(s)
    if len(words) < 3 or "".join(words).lower() != s.lower():
        return None
    return [_ROLE_OF[w.lower()] for w in words]


def _find_table(section: str, first_role: str) -> _Table | None:
    """Locate the table of a section: a pipe table, a glued header line or a header of one cell per line."""
    lines = section.split("\n")
    for i, line in enumerate(lines):
        s = line.strip()
        if not s:
            continue
        if "\t" in s:
            cells = [c.strip() for c in s.split("\t")]
            tab_roles = [_ROLE_OF.get(c.lower()) for c in cells if c]
            if len(tab_roles) >= 3 and None not in tab_roles and tab_roles[0] == first_role:
                return _Table("tabs", [r for r in tab_roles if r is not None], "\n".join(lines[i + 1 :]))
        if s.startswith("|"):
            start = sum(len(x) + 1 for x in lines[:i])
            return _Table("pipe", [], section[start:])
        roles = _glued_header_roles(s)
        if roles and roles[0] == first_role:
            return _Table("glued", roles, "\n".join(lines[i + 1 :]))
        if _ROLE_OF.get(s.lower()) == first_role:
            roles = []
            j = i
            while j < len(lines):
                t = lines[j].strip()
                if t:
                    role = _ROLE_OF.get(t.lower())
                    if role is None or role in roles:
                        break
                    roles.append(role)
                j += 1
            if len(roles) >= 3:
                return _Table("cells", roles, "\n".join(lines[j:]))
    return None


def _markdown_cells(body: str) -> tuple[list[str], list[list[str]]]:
    """``| a | b | c |`` one row per line, with an optional ``|---|---|`` separator."""
    rows = []
    for line in body.split("\n"):
        s = line.strip()
        if not s.startswith("|"):
            break
        cells = [c.strip() for c in s.strip("|").split("|")]
        if all(re.fullmatch(r":?-{2,}:?", c) for c in cells):
            continue
        rows.append(cells)
    if len(rows) < 2:
        raise PageError("pipe table without rows")
    header, data = rows[0], rows[1:]
    for n, cells in enumerate(data, 1):
        if len(cells) != len(header):
            raise PageError(f"pipe table row {n} has {len(cells)} cells, the header {len(header)}")
    return header, data


def _pipe_cells(body: str) -> tuple[list[str], list[list[str]]]:
    """Header cells and rows of a pipe table: every row is ``|`` followed by cells each ending in ``|``."""
    first = body.lstrip().split("\n", 1)[0]
    if first.count("|") >= 4:
        return _markdown_cells(body.lstrip())
    end = body.rfind("|")
    if end < 0:
        raise PageError("empty pipe table")
    tokens = body[: end + 1].split("|")[:-1]  # the text after the last "|" is not part of the table
    # tokens: gap, cell, cell, ..., gap, cell, ... -- the header has no empty cell, which gives its width.
    if tokens[0].strip():
        raise PageError("pipe table does not start with '|'")
    header = []
    i = 1
    while i < len(tokens) and tokens[i].strip():
        header.append(tokens[i].strip())
        i += 1
    width = len(header)
    if width < 3:
        raise PageError(f"pipe table header has {width} cells")
    rows: list[list[str]] = []
    while i < len(tokens):
        if tokens[i].strip():
            raise PageError(f"pipe table row {len(rows) + 1} does not have {width} cells")
        cells = tokens[i + 1 : i + 1 + width]
        if len(cells) < width:
            raise PageError(f"pipe table row {len(rows) + 1} is cut off after {len(cells)} of {width} cells")
        rows.append([c.strip() for c in cells])
        i += 1 + width
    return header, rows


def _pipe_rows(table: _Table, request: bool) -> list[Row]:
    header, raw = _pipe_cells(table.body)
    roles = [_ROLE_OF.get(h.lower()) for h in header]
    if roles[:2] != ["name", "type"]:
        raise PageError(f"unexpected pipe table header {header}")
    rows: list[Row] = []
    for cells in raw:
        # Unnamed rows (response root, array items) drop the name cell: the type column then holds prose
        # and the row ends in an extra empty cell.
        if parse_type(cells[1]) is None and not cells[-1] and (parse_type(cells[0]) or is_identifier(cells[0])):
            cells = ["", *cells[:-1]]
        values = dict(zip(roles, cells, strict=True))
        rows.append(
            Row(
                name=values.get("name") or "",
                doc_type=values.get("type") or "",
                required=values.get("required"),
                description=values.get("description") or "",
                example=values.get("example") or "",
            )
        )
    return rows


def _split_desc_example(lines: list[str], example_first: bool) -> tuple[str, str]:
    if not lines:
        return "", ""
    if example_first:
        if is_prose(lines[0]) or (len(lines) == 1 and re.search(r"\s|[\u4e00-\u9fff]", lines[0].strip())):
            return "\n".join(lines), ""
        return "\n".join(lines[1:]), lines[0]
    if len(lines) >= 2 and not is_prose(lines[-1]):
        return "\n".join(lines[:-1]), lines[-1]
    return "\n".join(lines), ""


def _item_split(doc_type: str, lines: list[str]) -> int | None:
    """Index of a named item type (``File``) inside the lines of an array row: ``Files / array / ... / File / desc``."""
    dt = parse_type(doc_type)
    if dt is None or dt.json != "array":
        return None
    for k in range(1, len(lines) - 1):
        if re.fullmatch(r"[A-Z][A-Za-z0-9_]*", lines[k]) and is_prose(lines[k - 1]) and is_prose(lines[k + 1]):
            return k
    return None


def _rows_from_blocks(blocks: list[tuple[str, str, str | None, list[str]]], example_first: bool) -> list[Row]:
    rows = []
    for name, doc_type, req, rest in blocks:
        k = _item_split(doc_type, rest)
        if k is not None:
            desc, ex = _split_desc_example(rest[:k], example_first)
            rows.append(Row(name, doc_type, req, desc, ex))
            desc, ex = _split_desc_example(rest[k + 1 :], example_first)
            rows.append(Row("", rest[k], None, desc, ex))
            continue
        desc, ex = _split_desc_example(rest, example_first)
        rows.append(Row(name, doc_type, req, desc, ex))
    return rows


def _cell_rows(table: _Table) -> list[Row]:
    """One cell per line: a row starts with ``name`` + type word (+ required word) or an unnamed type word."""
    lines = [ln.strip() for ln in table.body.split("\n") if ln.strip()]
    has_req = "required" in table.roles
    example_first = (
        "example" in table.roles
        and "description" in table.roles
        and table.roles.index("example") < table.roles.index("description")
    )
    n = len(lines)

    def start(i: int) -> tuple[str, str, str | None, int] | None:
        if i + 1 < n and is_identifier(lines[i]) and parse_type(lines[i + 1]) is not None:
            if has_req and i + 2 < n and is_required_word(lines[i + 2]):
                return lines[i], lines[i + 1], lines[i + 2], 3
            return lines[i], lines[i + 1], None, 2
        if parse_type(lines[i]) is not None:
            if has_req and i + 1 < n and is_required_word(lines[i + 1]):
                return "", lines[i], lines[i + 1], 2
            return "", lines[i], None, 1
        return None

    blocks: list[tuple[str, str, str | None, list[str]]] = []
    i = 0
    while i < n:
        head = start(i)
        if head is None:
            if not blocks:
                raise PageError(f"table body does not start with a parameter row: {lines[i][:60]!r}")
            i += 1
            continue
        name, doc_type, req, used = head
        j = i + used
        while j < n and start(j) is None:
            j += 1
        blocks.append((name, doc_type, req, lines[i + used : j]))
        i = j
    return _rows_from_blocks(blocks, example_first)


def _glued_rows(table: _Table) -> list[Row]:
    """``NametypeRequired`` on one line (followed by a blank line), then description paragraphs and an example."""
    raw = table.body.split("\n")
    has_req = "required" in table.roles
    blocks: list[tuple[str, str, str | None, list[str]]] = []
    for k, line in enumerate(raw):
        s = line.strip()
        if not s:
            continue
        m = _GLUED_ROW.fullmatch(s)
        followed_by_blank = k + 1 >= len(raw) or not raw[k + 1].strip()
        # Pages saved without blank lines: a glued ``NametypeRequired`` line (or a bare type word, an item
        # row) starts a row wherever it is.
        dense = not any(not ln.strip() for ln in raw[k + 1 : k + 3])
        if m and (followed_by_blank or dense) and (m.group("req") or not has_req or not m.group("name")):
            blocks.append((m.group("name") or "", m.group("type"), m.group("req"), []))
        elif blocks:
            blocks[-1][3].append(s)
        else:
            raise PageError(f"table body does not start with a parameter row: {s[:60]!r}")
    return _rows_from_blocks(blocks, example_first=False)


def _tab_cells(table: _Table, starts: Any) -> list[list[str]]:
    """Rows of a table copied from a browser: cells separated by tabs, one row per line; a line that does not
    start a row continues the last cell (a description of several paragraphs) and may add cells."""
    rows: list[list[str]] = []
    for raw in table.body.split("\n"):
        line = raw.rstrip("\r ")
        if not line.strip():
            continue
        cells = [c.strip() for c in line.split("\t")]
        if starts(cells):
            rows.append(cells)
        elif rows:
            rows[-1][-1] = (rows[-1][-1] + "\n" + cells[0]).strip()
            rows[-1].extend(cells[1:])
        else:
            raise PageError(f"table body does not start with a row: {line.strip()[:60]!r}")
    width = len(table.roles)
    for n, cells in enumerate(rows, 1):
        if len(cells) > width:
            if any(cells[width:]):
                raise PageError(f"tab-separated row {n} has {len(cells)} cells, the header {width}")
            del cells[width:]
        cells.extend([""] * (width - len(cells)))
    return rows


def _tab_rows(table: _Table) -> list[Row]:
    def starts(cells: list[str]) -> bool:
        if len(cells) < 2:
            return False
        name, word = cells[0], cells[1]
        return (not name or is_identifier(name)) and (
            parse_type(word) is not None or (not name and is_identifier(word))
        )

    rows = []
    for cells in _tab_cells(table, starts):
        v = dict(zip(table.roles, cells, strict=True))
        rows.append(
            Row(
                name=v.get("name") or "",
                doc_type=v.get("type") or "",
                required=v.get("required") or None,
                description=v.get("description") or "",
                example=v.get("example") or "",
            )
        )
    return rows


def _table_rows(section: str, what: str, request: bool) -> tuple[str, list[Row]]:
    table = _find_table(section, "name")
    if table is None:
        raise PageError(f"the {what} section has no parameter table (page truncated or not an API reference)")
    if table.variant == "pipe":
        rows = _pipe_rows(table, request)
    elif table.variant == "glued":
        rows = _glued_rows(table)
    elif table.variant == "tabs":
        rows = _tab_rows(table)
    else:
        rows = _cell_rows(table)
    if not rows:
        raise PageError(f"the {what} table has no rows (page truncated?)")
    for n, row in enumerate(rows, 1):
        if row.name and not is_identifier(row.name):
            raise PageError(f"row {n} of the {what} table is named {row.name[:40]!r}: unknown table layout")
        if parse_type(row.doc_type) is None and not is_identifier(row.doc_type):
            raise PageError(f"row {n} of the {what} table has the type {row.doc_type[:40]!r}: unknown table layout")
    return table.variant, rows


# ------------------------------------------------------------------------------------------------ errors


def _error_rows(section: str) -> list[ErrorRow] | None:
    """The operation's error table, or None when the section only links to a global list."""
    table = _find_table(section, "status")
    if table is None:
        return None
    out: list[ErrorRow] = []
    if table.variant == "pipe":
        header, raw = _pipe_cells(table.body)
        roles = [_ROLE_OF.get(h.lower()) for h in header]
        for cells in raw:
            v = dict(zip(roles, cells, strict=True))
            status_text = v.get("status") or ""
            out.append(
                ErrorRow(
                    int(status_text) if status_text.isdigit() else None, v.get("code") or "", v.get("message") or ""
                )
            )
        return out
    if table.variant == "tabs":
        for cells in _tab_cells(table, lambda c: bool(re.fullmatch(r"\d{3}", c[0])) and len(c) > 1):
            v = dict(zip(table.roles, cells, strict=True))
            status_text = v.get("status") or ""
            out.append(
                ErrorRow(
                    int(status_text) if status_text.isdigit() else None,
                    v.get("code") or "",
                    v.get("message") or "",
                    v.get("description") or "",
                )
            )
        return out
    lines = [ln.strip() for ln in table.body.split("\n") if ln.strip()]
    if table.variant == "glued":
        # ``400InvalidParameterThe specified parameter is invalid.`` -- the code ends where the message starts:
        # at a ``%`` or at the last lower->upper case change of the first word.
        for line in lines:
            m = re.fullmatch(r"(\d{3})(\S+)(.*)", line)
            if not m:
                if out:
                    out[-1].description = (out[-1].description + "\n" + line).strip()
                continue
            word, rest = m.group(2), m.group(3)
            cut = word.find("%")
            if cut < 0:
                changes = [i for i in range(1, len(word)) if word[i - 1].islower() and word[i].isupper()]
                cut = changes[-1] if changes else len(word)
            out.append(ErrorRow(int(m.group(1)), word[:cut], (word[cut:] + rest).strip()))
        return out
    i = 0
    while i < len(lines):
        if re.fullmatch(r"\d{3}", lines[i]) and i + 1 < len(lines) and is_identifier(lines[i + 1]):
            status, code = int(lines[i]), lines[i + 1]
            rest = []
            j = i + 2
            while j < len(lines) and not (
                re.fullmatch(r"\d{3}", lines[j]) and j + 1 < len(lines) and is_identifier(lines[j + 1])
            ):
                rest.append(lines[j])
                j += 1
            message = rest[0] if rest else ""
            out.append(ErrorRow(status, code, message, "\n".join(rest[1:])))
            i = j
        else:
            i += 1
    return out


# ---------------------------------------------------------------------------------------------- examples

_JSON_START = re.compile(r"^[ \t]*([{\[])", re.MULTILINE)


def _json_blocks(text: str, what: str) -> list[tuple[int, Any]]:
    """(offset, value) of every JSON document that starts a line of ``text``."""
    out: list[tuple[int, Any]] = []
    decoder = json.JSONDecoder()
    pos = 0
    while True:
        m = _JSON_START.search(text, pos)
        if not m:
            return out
        start = m.start(1)
        try:
            value, end = decoder.raw_decode(text, start)
        except json.JSONDecodeError as exc:
            line = text.count("\n", 0, start) + 1
            raise PageError(
                f"the JSON {what} starting on line {line} of its section does not parse ({exc.msg}): page truncated?"
            ) from exc
        out.append((start, value))
        pos = end


def _success_examples(text: str) -> list[Any]:
    """JSON blocks of an Examples section that follow a success label, skipping error samples."""
    labels = [
        (m.start(), "error" if re.search(r"error|异常", m.group(0), re.IGNORECASE) else "success")
        for m in re.finditer(
            r"^.*(?:success(?:ful)? responses?|error responses?|正常返回示例|异常返回示例).*$",
            text,
            re.MULTILINE | re.IGNORECASE,
        )
    ]
    out = []
    for offset, value in _json_blocks(text, "response example"):
        state = "success"
        for pos, kind in labels:
            if pos < offset:
                state = kind
        if state == "success":
            out.append(value)
    return out


# ------------------------------------------------------------------------------------------------- page


def read_page(text: str, source: str = "<page>") -> Page:
    """Parse a page; raises ``PageError`` when it is not a readable API reference page."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").lstrip("\ufeff")
    head, sections, titles = _sections(text)
    if "request" not in sections:
        raise PageError(
            "no request parameter section ('Request parameters' / '请求参数'): not an API reference page, "
            "or truncated before its parameter table"
        )
    chinese = titles["request"] in _CHINESE_HEADINGS
    variant, request_rows = _table_rows(sections["request"], "request parameter", request=True)
    if variant == "pipe":
        layout = "pipe"
    elif chinese:
        layout = "volcengine"
    else:
        layout = "alibaba"
    page = Page(source=source, layout=layout, variant=variant, request_rows=request_rows)

    if "response" not in sections:
        raise PageError("no response parameter section ('Response parameters' / '返回参数'): page truncated?")
    _, page.response_rows = _table_rows(sections["response"], "response parameter", request=False)
    if layout == "volcengine":
        page.response_root = ("Result",)

    # Which operation: "Product:Action" title, "Action - 标题" title, request address, request syntax.
    before = head
    m = re.search(r"^(?P<product>[A-Z][^:\n]{0,80}?):(?P<action>[A-Z][A-Za-z0-9]+)[ \t]*$", before, re.MULTILINE)
    if m:
        page.product, page.action, page.title = m.group("product").strip(), m.group("action"), m.group(0).strip()
    m = re.search(r"^(?P<action>[A-Z][A-Za-z0-9]+)[ \t]+[-–—][ \t]+\S.*$", before, re.MULTILINE)
    if m and page.action is None:
        page.action, page.title = m.group("action"), m.group(0).strip()
    info = sections.get("request-info", "") + "\n" + head
    m = re.search(r"[?&]Action=([A-Za-z0-9]+)", info)
    if m:
        if page.action is not None and page.action != m.group(1):
            page.warnings.append(f"title names {page.action} but the request address names {m.group(1)}")
        page.action = page.action or m.group(1)
    m = re.search(r"[?&]Version=([\w.\-]+)", info)
    if m:
        page.version = m.group(1)
    m = re.search(r"(?:请求方式|Request method|HTTP method)\s*[:：]\s*(GET|POST|PUT|DELETE|PATCH|HEAD)\b", info)
    if m:
        page.method = m.group(1)
    m = re.search(r"^\s*(GET|POST|PUT|DELETE|PATCH|HEAD)\s+(/\S*)\s+HTTP/", sections.get("syntax", ""), re.MULTILINE)
    if m:
        page.method, page.path = m.group(1), m.group(2)
    if page.action is None and page.path is None:
        raise PageError(
            "the page does not say which operation it documents (no 'Product:Action' title, "
            "no request address, no request syntax)"
        )

    # JSON examples. Every reference page of these vendors shows a success example; a page without the
    # section was cut off before it.
    if "examples" not in sections and "response-example" not in sections:
        raise PageError("no examples section ('Examples' / '返回示例'): page truncated?")
    if "examples" in sections:
        page.response_examples.extend(_success_examples(sections["examples"]))
    if "response-example" in sections:
        page.response_examples.extend(v for _, v in _json_blocks(sections["response-example"], "response example"))
    if "request-example" in sections:
        page.request_examples.extend(v for _, v in _json_blocks(sections["request-example"], "request example"))

    if "errors" in sections:
        page.errors = _error_rows(sections["errors"])
    page.summary = _summary(head, page.title)
    page.description = _paragraph([page.summary or "", sections.get("description", "")])
    page.service = _service(text, page)
    return page


_CHROME = re.compile(
    r"^(?:All Products|Search|Document Center|导航|You need to enable JavaScript.*|Last Updated:.*|最近更新时间.*|"
    r"Try it now|Test|Debugging|调试|POST|GET|PUT|DELETE)$",
    re.IGNORECASE,
)


def _summary(head: str, title: str | None) -> str | None:
    """The first sentence-like line of the page head that is neither site chrome nor the title."""
    for line in head.split("\n"):
        s = line.strip()
        if not s or s == title or _CHROME.match(s) or re.fullmatch(r"[A-Z][A-Za-z0-9]+", s):
            continue
        if re.match(r"^(GET|POST|PUT|DELETE|PATCH|HEAD)\s+/", s):
            continue
        return s
    return None


def _paragraph(parts: list[str]) -> str:
    """Text of a page section as one paragraph: bullets joined, whitespace collapsed."""
    out: list[str] = []
    for part in parts:
        for line in part.split("\n"):
            s = re.sub(r"\*{2,}", "", line.strip().lstrip("•·").strip())
            if s and s not in out:
                out.append(s)
    return " ".join(out)


def _service(text: str, page: Page) -> str | None:
    """The product code the page names: a Volcengine signing scope, ``ResponseMetadata.Service``, a RAM action."""
    m = re.search(r"Credential=[^/\s]+/\d{8}/[\w-]+/([\w-]+)/request", text)
    if m:
        return m.group(1)
    for ex in page.response_examples:
        meta = ex.get("ResponseMetadata") if isinstance(ex, dict) else None
        if isinstance(meta, dict) and isinstance(meta.get("Service"), str) and meta["Service"]:
            return str(meta["Service"])
    if page.action:
        m = re.search(rf"^\s*([a-z][a-z0-9-]*):{re.escape(page.action)}(?![A-Z0-9])", text, re.MULTILINE)
        if m:
            return m.group(1)
    return None

"""Words of the documentation pages: type names, identifiers and the limits stated in descriptions."""

from __future__ import annotations

import re
from typing import Any

__all__ = [
    "DocType",
    "coerce_value",
    "is_identifier",
    "is_prose",
    "is_required_word",
    "parse_limits",
    "parse_type",
    "required_value",
]

# Documentation type word (lower case) -> JSON schema type.
_SCALARS = {
    "string": "string",
    "str": "string",
    "integer": "integer",
    "int": "integer",
    "int32": "integer",
    "int64": "integer",
    "long": "integer",
    "short": "integer",
    "float": "number",
    "double": "number",
    "number": "number",
    "boolean": "boolean",
    "bool": "boolean",
    "object": "object",
    "struct": "object",
    "map": "object",
    "json": "object",
    "array": "array",
    "list": "array",
}

_REQUIRED_WORDS = {
    "yes": True,
    "no": False,
    "true": True,
    "false": False,
    "是": True,
    "否": False,
    "必选": True,
    "可选": False,
    "必填": True,
    "选填": False,
}

_IDENT = re.compile(r"[A-Za-z_$@][A-Za-z0-9_.$@\-]*")


class DocType:
    """A type as a page writes it (``array<object>``, ``Array of String``, ``long``), mapped to JSON schema."""

    __slots__ = ("items", "json", "word")

    def __init__(self, word: str, json: str, items: str | None = None) -> None:
        self.word = word
        self.json = json
        self.items = items

    def __repr__(self) -> str:
        return f"DocType({self.word!r} -> {self.json}{'<' + self.items + '>' if self.items else ''})"


def parse_type(word: str) -> DocType | None:
    """The JSON schema type of a documentation type word, or None when ``word`` is not a type word."""
    w = word.strip()
    lw = w.lower()
    m = re.fullmatch(r"(?:array|list)\s*<\s*(.+?)\s*>", lw) or re.fullmatch(r"(?:array|list) of\s+(.+)", lw)
    if m:
        inner = parse_type(m.group(1))
        # ``array<File>`` / ``Array of FooForBar``: a named item type is an object.
        item = inner.json if inner is not None else ("object" if _IDENT.fullmatch(m.group(1)) else None)
        if item is None:
            return None
        return DocType(w, "array", item)
    if re.fullmatch(r"map\s*<.*>", lw):
        return DocType(w, "object")
    if lw in _SCALARS:
        return DocType(w, _SCALARS[lw])
    return None


def is_identifier(line: str) -> bool:
    """A parameter or field name: one token of letters, digits and ``_ . - $ @``."""
    return bool(_IDENT.fullmatch(line.strip()))


def is_required_word(word: str) -> bool:
    return word.strip().lower() in _REQUIRED_WORDS


def required_value(word: str | None) -> bool | None:
    """True / False for a Required cell, None when the cell is empty or unreadable (an icon, for example)."""
    if word is None:
        return None
    return _REQUIRED_WORDS.get(word.strip().lower())


_SENTENCE_END = tuple(".。:：!?！？)）;；")


def is_prose(line: str) -> bool:
    """A description sentence rather than an example value."""
    s = line.strip()
    if not s:
        return False
    if s.startswith(("•", "·")):
        return True
    if re.search(r"[\u4e00-\u9fff]", s) and s.endswith(_SENTENCE_END):
        return True
    return len(s.split()) >= 3 and s.endswith(_SENTENCE_END)


_NUM = r"-?\d+(?:\.\d+)?"


def _num(text: str) -> int | float:
    return float(text) if "." in text else int(text)


def coerce_value(token: str, json_type: str | None) -> Any:
    """A value written on a page (``10``, ``true``, ``image``) as the JSON value of a parameter type."""
    t = token.strip().strip("`'\"")
    if json_type == "integer" and re.fullmatch(r"-?\d+", t):
        return int(t)
    if json_type == "number" and re.fullmatch(_NUM, t):
        return _num(t)
    if json_type == "boolean" and t.lower() in ("true", "false"):
        return t.lower() == "true"
    return t


_STOPWORDS = {
    "the",
    "a",
    "an",
    "of",
    "to",
    "is",
    "are",
    "for",
    "in",
    "on",
    "if",
    "this",
    "that",
    "you",
    "value",
    "values",
    "by",
    "be",
    "with",
    "which",
    "can",
    "must",
    "when",
    "as",
    "it",
    "not",
    "default",
}


def _value_list(text: str, json_type: str | None) -> list[Any] | None:
    """``image, video`` / ``gif and png`` / ``true false`` / ``A、B`` as a list of values, or None for prose."""
    tokens = [t for t in re.split(r"\s*(?:,|，|、|\band\b|\bor\b|\s)\s*", text.strip()) if t]
    if not tokens or len(tokens) > 30:
        return None
    values = []
    for tok in tokens:
        tok = tok.strip("`'\"")
        if tok.lower() in _STOPWORDS or not re.fullmatch(r"[\w.\-/:+*]+", tok):
            return None
        values.append(coerce_value(tok, json_type))
    return values


def _bullets(lines: list[str]) -> list[str]:
    """The leading value of each bullet line (``• image: an image`` -> ``image``) up to the first non-bullet."""
    values = []
    for line in lines:
        s = line.strip()
        if not s:
            continue
        m = re.match(r"^[•·\-*]\s*`?([^\s:：(（`,，]+)", s)
        if not m:
            break
        values.append(m.group(1))
    return values


# ``1 to 100``, ``1~100``, ``[1, 100]`` (a comma only inside brackets: ``0, 1, 2`` is a list).
_RANGE = rf"(?:\[\s*({_NUM})\s*[,，]\s*({_NUM})\s*\]|({_NUM})\s*(?:to|-|~|～|到|至)\s*({_NUM}))"


def _range(m: re.Match[str]) -> tuple[int | float, int | float]:
    groups = [g for g in m.groups() if g is not None]
    return _num(groups[0]), _num(groups[1])


def parse_limits(description: str, json_type: str | None) -> dict[str, Any]:
    """Limits stated in a request parameter's description, as JSON schema keywords.

    Understood: ``Valid values: 1 to 100`` (minimum/maximum), ``Valid values: image, video`` or a bullet list
    after ``Valid values:`` (enum), ``Maximum value: 50`` / ``Minimum value: 1``, ``Default value: 10``,
    ``up to 100 object URIs`` (maxItems on arrays), ``up to 64 characters`` / ``1 to 64 characters``
    (maxLength / minLength), and the Chinese forms ``取值范围：1~100``, ``长度为1~128个字符``, ``不超过128个字符``,
    ``最大值：50``, ``默认值：10``, ``取值：A、B``, ``最多100个``.
    """
    lim: dict[str, Any] = {}
    text = description
    m: re.Match[str] | None
    numeric = json_type in ("integer", "number")

    # Valid values: a range, an inline list, or bullets.
    for m in re.finditer(r"(?:Valid values?|Value range|Valid range|Allowed values?|Enumerated values?)\s*[:：]", text):
        rest = text[m.end() :]
        first_line, _, following = rest.partition("\n")
        first_line = first_line.strip()
        rm = re.match(_RANGE, first_line)
        if rm and numeric:
            lim["minimum"], lim["maximum"] = _range(rm)
            continue
        if rm:
            continue
        values: list[Any] | None
        if not first_line:
            values = _bullets(following.split("\n"))
        else:
            sentence = re.split(r"\.(?:\s|$)|。", first_line, maxsplit=1)[0]
            values = _value_list(sentence, json_type) or []
        if values and json_type != "boolean":
            lim["enum"] = [coerce_value(v, json_type) if isinstance(v, str) else v for v in values]
    for m in re.finditer(rf"取值范围\s*(?:为|是)?\s*[:：]?\s*{_RANGE}", text):
        if numeric:
            lim["minimum"], lim["maximum"] = _range(m)
    for m in re.finditer(r"(?:取值|可选值|枚举值)\s*(?:为|是)?\s*[:：]\s*([^。\n;；]+)", text):
        values = _value_list(m.group(1), json_type)
        if values and json_type != "boolean" and not re.match(_RANGE, m.group(1).strip()):
            lim["enum"] = values

    for pat, key in (
        (rf"Maximum value\s*[:：]\s*({_NUM})", "maximum"),
        (rf"[Tt]he maximum value is\s*({_NUM})", "maximum"),
        (rf"最大值\s*(?:为|是)?\s*[:：]?\s*({_NUM})", "maximum"),
        (rf"Minimum value\s*[:：]\s*({_NUM})", "minimum"),
        (rf"[Tt]he minimum value is\s*({_NUM})", "minimum"),
        (rf"最小值\s*(?:为|是)?\s*[:：]?\s*({_NUM})", "minimum"),
    ):
        m = re.search(pat, text)
        if m and numeric:
            lim[key] = _num(m.group(1))

    for m in re.finditer(r"(Default value|Default|默认值|默认为)\s*(?:为|是)?\s*([:：])?\s*([^\s,;，。；]+)", text):
        if m.group(1).startswith("Default") and not m.group(2):
            continue  # "Default settings ..." is prose, "Default value: 10" is a limit
        token = m.group(3).removesuffix(".")
        if token and token not in ("空", "无"):
            lim["default"] = coerce_value(token, json_type)
        break

    if json_type == "string":
        m = re.search(r"(\d+)\s*(?:to|-|~|～)\s*(\d+)\s*characters", text) or re.search(
            r"长度[^。\n]{0,12}?(\d+)\s*(?:~|～|-|到|至)\s*(\d+)", text
        )
        if m:
            lim["minLength"], lim["maxLength"] = int(m.group(1)), int(m.group(2))
        else:
            m = re.search(
                r"(?:up to|at most|a maximum of|maximum of|cannot exceed|no more than|not exceed|"
                r"maximum length (?:is|of))\s*(\d+)\s*characters",
                text,
            ) or re.search(
                r"(?:不超过|不能超过|最多|最长|最大长度\s*(?:为|是)?\s*[:：]?)\s*(\d+)\s*个?(?:字符|字节)?", text
            )
            if m:
                lim["maxLength"] = int(m.group(1))
            m = re.search(r"at least\s*(\d+)\s*characters", text) or re.search(
                r"最小长度\s*(?:为|是)?\s*[:：]?\s*(\d+)", text
            )
            if m:
                lim["minLength"] = int(m.group(1))
    elif json_type == "array":
        m = re.search(r"(?:up to|a maximum of|at most|no more than)\s*(\d+)\b(?!\s*characters)", text) or re.search(
            r"最多\s*(\d+)\s*个", text
        )
        if m:
            lim["maxItems"] = int(m.group(1))
        m = re.search(r"at least\s*(\d+)\b(?!\s*characters)", text) or re.search(r"至少\s*(\d+)\s*个", text)
        if m:
            lim["minItems"] = int(m.group(1))
    return lim

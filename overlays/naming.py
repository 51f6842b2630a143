"""Python names for vendor wire names.

The generator's stock conversion splits every capital (``URIs`` -> ``ur_is``, ``ContentMd5`` ->
``content_md_5``, ``OSSURI`` -> ``ossuri``, ``ETag`` -> ``e_tag``). The regeneration script installs
:func:`snake_case` in its place, so every identifier the generator derives (parameters, attributes,
modules) reads the way a Python user expects, while the wire keeps the vendor's exact names.

Rules, in order:

1. An explicit entry in :data:`WHOLE_NAMES` wins (names that are one word despite their capitals).
2. The name is split on delimiters and on lower->upper case changes (``SignURL`` -> ``Sign URL``).
3. A run of capitals is split before the last capital when a lower-case letter follows
   (``AIImage`` -> ``AI Image``), except that a plural ``s`` stays on its acronym (``URIs`` -> ``URIs``).
4. A run of capitals that is a concatenation of known acronyms is split into them
   (``OSSURI`` -> ``OSS URI``, ``OSSCRC64`` -> ``OSS CRC64``).
5. Digits stay on the word before them (``Md5``, ``CRC64``); delimiters are kept as word breaks
   (``custom_field_1``).
"""

from __future__ import annotations

import re

#: Names that are single words in Python although the vendor capitalises inside them.
WHOLE_NAMES: dict[str, str] = {
    "ETag": "etag",
}

#: Acronyms used to split runs of capitals (longest first when matching).
ACRONYMS: tuple[str, ...] = (
    "CRC64",
    "OSS",
    "URI",
    "URL",
    "ACL",
    "EXIF",
    "OCR",
    "AI",
    "ID",
    "SD",
    "MD5",
    "UTC",
    "JSON",
    "HTTP",
    "HTTPS",
    "PDS",
    "IMM",
    "VOD",
    "ICE",
    "STS",
)

_DELIMITERS = re.compile(r"[^0-9A-Za-z]+")
_TOKEN = re.compile(
    r"[A-Z][A-Z0-9]+s(?![a-z])"  # an acronym with a plural s: URIs
    r"|[A-Z][A-Z0-9]*(?![a-z])"  # a run of capitals not starting the next word: AI in AIImage, CRC64
    r"|[A-Z][a-z0-9]*"  # a capitalised word, digits included: Md5
    r"|[a-z][a-z0-9]*"
    r"|[0-9]+"
)
_ACRONYMS_LONGEST_FIRST = sorted(ACRONYMS, key=len, reverse=True)


def _split_acronym_run(run: str) -> list[str]:
    """Split a run of capitals into known acronyms (OSSURI -> OSS, URI); an unknown run stays whole."""
    words: list[str] = []
    rest = run
    while rest:
        for acronym in _ACRONYMS_LONGEST_FIRST:
            if rest.startswith(acronym):
                words.append(acronym)
                rest = rest[len(acronym) :]
                break
        else:
            return [run]
    return words


def split_words(value: str) -> list[str]:
    """Split a vendor name into words (see the module docstring for the rules)."""
    words: list[str] = []
    for chunk in _DELIMITERS.split(value):
        for token in _TOKEN.findall(chunk):
            if len(token) > 1 and token.isupper():
                words.extend(_split_acronym_run(token))
            else:
                words.append(token)
    return words


def snake_case(value: str) -> str:
    """The snake_case Python name for a vendor name."""
    if value in WHOLE_NAMES:
        return WHOLE_NAMES[value]
    return "_".join(split_words(value)).lower()

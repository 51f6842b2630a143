from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.gcpause import pause as _pause_gc
from ..._runtime.gcpause import resume as _resume_gc
from ..models.semantic_document_content import SemanticDocumentContent
from ..models.semantic_document_content import (
    _from_dict as _parse_semantic_document_content,
)
from ..models.semantic_scene_content import SemanticSceneContent
from ..models.semantic_scene_content import _from_dict as _parse_semantic_scene_content
from ..types import UNSET, Unset

_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "semantic_similarity",
        "document_contents",
        "scene_contents",
    }
)
_MISMATCH = (TypeError, ValueError, KeyError, AttributeError)
_new = object.__new__


@_attrs_define
class SemanticResult:
    """The semantic search result for the file."""

    semantic_similarity: float | Unset = UNSET
    """ The semantic similarity between the file and the query. """
    document_contents: list[SemanticDocumentContent] | Unset = UNSET
    """ The matched contents of a document. """
    scene_contents: list[SemanticSceneContent] | Unset = UNSET
    """ The matched scenes of a video. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, and documented fields whose value had an unexpected shape."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict, with the vendor's wire names."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.semantic_similarity, Unset):
            field_dict["semantic_similarity"] = self.semantic_similarity
        if not isinstance(self.document_contents, Unset):
            field_dict["document_contents"] = [
                item.to_dict() for item in self.document_contents
            ]
        if not isinstance(self.scene_contents, Unset):
            field_dict["scene_contents"] = [
                item.to_dict() for item in self.scene_contents
            ]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object (raises AttributeError or TypeError if it is not an object).

        The garbage collector is paused while the tree of objects is built (see ``cloudmedia._runtime.gcpause``).
        """
        _pause_gc()
        try:
            return _from_dict(src_dict, cls)  # type: ignore[return-value]
        finally:
            _resume_gc()

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _from_dict(
    src_dict: Mapping[str, Any], cls: type[SemanticResult] = SemanticResult
) -> SemanticResult:
    """``SemanticResult.from_dict`` without the GC pause: the parsers of nested models call each other directly."""
    obj = _new(cls)
    additional: dict[str, Any] = (
        {}
        if _WIRE_NAMES.issuperset(src_dict)
        else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
    )
    obj.additional_properties = additional
    obj.semantic_similarity = src_dict.get("semantic_similarity", UNSET)
    value = src_dict.get("document_contents", UNSET)
    if value is not UNSET:
        try:
            if value.__class__ is not list:
                raise TypeError("not a JSON array")
            value = [_parse_semantic_document_content(item) for item in value]
        except _MISMATCH:
            additional["document_contents"] = value
            value = UNSET
    obj.document_contents = value
    value = src_dict.get("scene_contents", UNSET)
    if value is not UNSET:
        try:
            if value.__class__ is not list:
                raise TypeError("not a JSON array")
            value = [_parse_semantic_scene_content(item) for item in value]
        except _MISMATCH:
            additional["scene_contents"] = value
            value = UNSET
    obj.scene_contents = value
    return obj

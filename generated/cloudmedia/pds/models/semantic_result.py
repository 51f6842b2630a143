from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.semantic_document_content import SemanticDocumentContent
from ..models.semantic_scene_content import SemanticSceneContent
from ..types import UNSET, Unset

_WIRE_NAMES = frozenset(
    {
        "semantic_similarity",
        "document_contents",
        "scene_contents",
    }
)
_MISMATCH = (TypeError, ValueError, KeyError, AttributeError)


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
        """Parse a decoded JSON object (raises AttributeError or TypeError if it is not an object)."""
        get = src_dict.get
        obj = object.__new__(cls)
        mismatched: dict[str, Any] | None = None
        obj.semantic_similarity = get("semantic_similarity", UNSET)
        value = get("document_contents", UNSET)
        if value is UNSET:
            obj.document_contents = UNSET
        else:
            try:
                obj.document_contents = [
                    SemanticDocumentContent.from_dict(item) for item in value
                ]
            except _MISMATCH:
                obj.document_contents = UNSET
                mismatched = mismatched or {}
                mismatched["document_contents"] = value
        value = get("scene_contents", UNSET)
        if value is UNSET:
            obj.scene_contents = UNSET
        else:
            try:
                obj.scene_contents = [
                    SemanticSceneContent.from_dict(item) for item in value
                ]
            except _MISMATCH:
                obj.scene_contents = UNSET
                mismatched = mismatched or {}
                mismatched["scene_contents"] = value
        unknown = (
            () if src_dict.keys() <= _WIRE_NAMES else src_dict.keys() - _WIRE_NAMES
        )
        additional = {key: src_dict[key] for key in unknown} if unknown else {}
        if mismatched:
            additional.update(mismatched)
        obj.additional_properties = additional
        return obj

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

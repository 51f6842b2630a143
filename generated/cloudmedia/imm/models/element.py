from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.element_content import ElementContent
from ..models.element_relation import ElementRelation
from ..types import UNSET, Unset

_WIRE_NAMES = frozenset(
    {
        "ElementContents",
        "ObjectId",
        "ElementType",
        "SemanticSimilarity",
        "ElementRelations",
    }
)
_MISMATCH = (TypeError, ValueError, KeyError, AttributeError)


@_attrs_define
class Element:
    """A document fragment matched by a semantic search."""

    element_contents: list[ElementContent] | Unset = UNSET
    """ The contents of the element. """
    object_id: str | Unset = UNSET
    """ The unique ID of the element. """
    element_type: str | Unset = UNSET
    """ The type of the element: `title` (title), `image` (image), `table` (table) or `narrative-text` (body text).
    """
    semantic_similarity: float | Unset = UNSET
    """ The similarity between the file and the extracted semantics. """
    element_relations: list[ElementRelation] | Unset = UNSET
    """ The relationships between the element and other elements. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, and documented fields whose value had an unexpected shape."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict, with the vendor's wire names."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.element_contents, Unset):
            field_dict["ElementContents"] = [
                item.to_dict() for item in self.element_contents
            ]
        if not isinstance(self.object_id, Unset):
            field_dict["ObjectId"] = self.object_id
        if not isinstance(self.element_type, Unset):
            field_dict["ElementType"] = self.element_type
        if not isinstance(self.semantic_similarity, Unset):
            field_dict["SemanticSimilarity"] = self.semantic_similarity
        if not isinstance(self.element_relations, Unset):
            field_dict["ElementRelations"] = [
                item.to_dict() for item in self.element_relations
            ]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object (raises AttributeError or TypeError if it is not an object)."""
        get = src_dict.get
        obj = object.__new__(cls)
        mismatched: dict[str, Any] | None = None
        value = get("ElementContents", UNSET)
        if value is UNSET:
            obj.element_contents = UNSET
        else:
            try:
                obj.element_contents = [
                    ElementContent.from_dict(item) for item in value
                ]
            except _MISMATCH:
                obj.element_contents = UNSET
                mismatched = mismatched or {}
                mismatched["ElementContents"] = value
        obj.object_id = get("ObjectId", UNSET)
        obj.element_type = get("ElementType", UNSET)
        obj.semantic_similarity = get("SemanticSimilarity", UNSET)
        value = get("ElementRelations", UNSET)
        if value is UNSET:
            obj.element_relations = UNSET
        else:
            try:
                obj.element_relations = [
                    ElementRelation.from_dict(item) for item in value
                ]
            except _MISMATCH:
                obj.element_relations = UNSET
                mismatched = mismatched or {}
                mismatched["ElementRelations"] = value
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.gcpause import pause as _pause_gc
from ..._runtime.gcpause import resume as _resume_gc
from ..models.element_content import ElementContent
from ..models.element_content import _from_dict as _parse_element_content
from ..models.element_relation import ElementRelation
from ..models.element_relation import _from_dict as _parse_element_relation
from ..types import UNSET, Unset

_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "ElementContents",
        "ObjectId",
        "ElementType",
        "SemanticSimilarity",
        "ElementRelations",
    }
)
_MISMATCH = (TypeError, ValueError, KeyError, AttributeError)
_new = object.__new__


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


def _from_dict(src_dict: Mapping[str, Any], cls: type[Element] = Element) -> Element:
    """``Element.from_dict`` without the GC pause: the parsers of nested models call each other directly."""
    obj = _new(cls)
    additional: dict[str, Any] = (
        {}
        if _WIRE_NAMES.issuperset(src_dict)
        else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
    )
    obj.additional_properties = additional
    value = src_dict.get("ElementContents", UNSET)
    if value is not UNSET:
        try:
            if value.__class__ is not list:
                raise TypeError("not a JSON array")
            value = [_parse_element_content(item) for item in value]
        except _MISMATCH:
            additional["ElementContents"] = value
            value = UNSET
    obj.element_contents = value
    obj.object_id = src_dict.get("ObjectId", UNSET)
    obj.element_type = src_dict.get("ElementType", UNSET)
    obj.semantic_similarity = src_dict.get("SemanticSimilarity", UNSET)
    value = src_dict.get("ElementRelations", UNSET)
    if value is not UNSET:
        try:
            if value.__class__ is not list:
                raise TypeError("not a JSON array")
            value = [_parse_element_relation(item) for item in value]
        except _MISMATCH:
            additional["ElementRelations"] = value
            value = UNSET
    obj.element_relations = value
    return obj

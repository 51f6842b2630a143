from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.gcpause import pause as _pause_gc
from ..._runtime.gcpause import resume as _resume_gc
from ..models.face_thumbnail import FaceThumbnail
from ..models.face_thumbnail import _from_dict as _parse_face_thumbnail
from ..models.image_quality import ImageQuality
from ..models.image_quality import _from_dict as _parse_image_quality
from ..models.image_tag import ImageTag
from ..models.image_tag import _from_dict as _parse_image_tag
from ..types import UNSET, Unset

_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "time",
        "width",
        "height",
        "location",
        "country",
        "province",
        "city",
        "district",
        "township",
        "address_line",
        "image_tags",
        "faces",
        "faces_thumbnail",
        "exif",
        "image_quality",
    }
)
_MISMATCH = (TypeError, ValueError, KeyError, AttributeError)
_new = object.__new__


@_attrs_define
class ImageMediaMetadata:
    """The image metadata. Returned only if the value-added image processing feature is enabled."""

    time: str | Unset = UNSET
    """ The time when the image was taken, in RFC 3339 format. """
    width: int | Unset = UNSET
    """ The width of the image. Unit: pixel. """
    height: int | Unset = UNSET
    """ The height of the image. Unit: pixel. """
    location: str | Unset = UNSET
    """ The location where the image was taken, as latitude,longitude. """
    country: str | Unset = UNSET
    """ The country or region in which the image was taken. """
    province: str | Unset = UNSET
    """ The province in which the image was taken. """
    city: str | Unset = UNSET
    """ The city in which the image was taken. """
    district: str | Unset = UNSET
    """ The district in which the image was taken. """
    township: str | Unset = UNSET
    """ The township or street in which the image was taken. """
    address_line: str | Unset = UNSET
    """ The full address. """
    image_tags: list[ImageTag] | Unset = UNSET
    """ The tags of the image. """
    faces: str | Unset = UNSET
    """ The faces detected in the image, as a JSON string: an array of objects with FaceId, GroupId, FaceConfidence,
    Age, AgeConfidence, Gender, GenderConfidence, Emotion, EmotionConfidence and FaceAttributes (Mask, Beard,
    Glasses, Mouth, Hat and their confidences, HeadPose, FaceBoundary). """
    faces_thumbnail: list[FaceThumbnail] | Unset = UNSET
    """ The thumbnails of the faces. """
    exif: str | Unset = UNSET
    """ The EXIF information about the image, as a JSON string. """
    image_quality: ImageQuality | Unset = UNSET
    """ The quality rating of an image. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, and documented fields whose value had an unexpected shape."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict, with the vendor's wire names."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.time, Unset):
            field_dict["time"] = self.time
        if not isinstance(self.width, Unset):
            field_dict["width"] = self.width
        if not isinstance(self.height, Unset):
            field_dict["height"] = self.height
        if not isinstance(self.location, Unset):
            field_dict["location"] = self.location
        if not isinstance(self.country, Unset):
            field_dict["country"] = self.country
        if not isinstance(self.province, Unset):
            field_dict["province"] = self.province
        if not isinstance(self.city, Unset):
            field_dict["city"] = self.city
        if not isinstance(self.district, Unset):
            field_dict["district"] = self.district
        if not isinstance(self.township, Unset):
            field_dict["township"] = self.township
        if not isinstance(self.address_line, Unset):
            field_dict["address_line"] = self.address_line
        if not isinstance(self.image_tags, Unset):
            field_dict["image_tags"] = [item.to_dict() for item in self.image_tags]
        if not isinstance(self.faces, Unset):
            field_dict["faces"] = self.faces
        if not isinstance(self.faces_thumbnail, Unset):
            field_dict["faces_thumbnail"] = [
                item.to_dict() for item in self.faces_thumbnail
            ]
        if not isinstance(self.exif, Unset):
            field_dict["exif"] = self.exif
        if not isinstance(self.image_quality, Unset):
            field_dict["image_quality"] = self.image_quality.to_dict()
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
    src_dict: Mapping[str, Any], cls: type[ImageMediaMetadata] = ImageMediaMetadata
) -> ImageMediaMetadata:
    """``ImageMediaMetadata.from_dict`` without the GC pause: the parsers of nested models call each other directly."""
    obj = _new(cls)
    additional: dict[str, Any] = (
        {}
        if _WIRE_NAMES.issuperset(src_dict)
        else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
    )
    obj.additional_properties = additional
    obj.time = src_dict.get("time", UNSET)
    obj.width = src_dict.get("width", UNSET)
    obj.height = src_dict.get("height", UNSET)
    obj.location = src_dict.get("location", UNSET)
    obj.country = src_dict.get("country", UNSET)
    obj.province = src_dict.get("province", UNSET)
    obj.city = src_dict.get("city", UNSET)
    obj.district = src_dict.get("district", UNSET)
    obj.township = src_dict.get("township", UNSET)
    obj.address_line = src_dict.get("address_line", UNSET)
    value = src_dict.get("image_tags", UNSET)
    if value is not UNSET:
        try:
            if value.__class__ is not list:
                raise TypeError("not a JSON array")
            value = [_parse_image_tag(item) for item in value]
        except _MISMATCH:
            additional["image_tags"] = value
            value = UNSET
    obj.image_tags = value
    obj.faces = src_dict.get("faces", UNSET)
    value = src_dict.get("faces_thumbnail", UNSET)
    if value is not UNSET:
        try:
            if value.__class__ is not list:
                raise TypeError("not a JSON array")
            value = [_parse_face_thumbnail(item) for item in value]
        except _MISMATCH:
            additional["faces_thumbnail"] = value
            value = UNSET
    obj.faces_thumbnail = value
    obj.exif = src_dict.get("exif", UNSET)
    value = src_dict.get("image_quality", UNSET)
    if value is not UNSET:
        try:
            value = _parse_image_quality(value)
        except _MISMATCH:
            additional["image_quality"] = value
            value = UNSET
    obj.image_quality = value
    return obj

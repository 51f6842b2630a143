from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.gcpause import pause as _pause_gc
from ..._runtime.gcpause import resume as _resume_gc
from ..models.video_media_audio_stream import VideoMediaAudioStream
from ..models.video_media_audio_stream import (
    _from_dict as _parse_video_media_audio_stream,
)
from ..models.video_media_video_stream import VideoMediaVideoStream
from ..models.video_media_video_stream import (
    _from_dict as _parse_video_media_video_stream,
)
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
        "video_media_video_stream",
        "video_media_audio_stream",
    }
)
_MISMATCH = (TypeError, ValueError, KeyError, AttributeError)
_new = object.__new__


@_attrs_define
class VideoMediaMetadata:
    """The audio and video metadata."""

    time: str | Unset = UNSET
    """ The time when the video was taken, in RFC 3339 format. """
    width: int | Unset = UNSET
    """ The width of the video image. Unit: pixel. """
    height: int | Unset = UNSET
    """ The height of the video image. Unit: pixel. """
    location: str | Unset = UNSET
    """ The location where the video was taken, as latitude,longitude. """
    country: str | Unset = UNSET
    """ The country or region in which the video was taken. """
    province: str | Unset = UNSET
    """ The province in which the video was taken. """
    city: str | Unset = UNSET
    """ The city in which the video was taken. """
    district: str | Unset = UNSET
    """ The district in which the video was taken. """
    township: str | Unset = UNSET
    """ The township or street in which the video was taken. """
    address_line: str | Unset = UNSET
    """ The full address. """
    video_media_video_stream: list[VideoMediaVideoStream] | Unset = UNSET
    """ The video streams. """
    video_media_audio_stream: list[VideoMediaAudioStream] | Unset = UNSET
    """ The audio streams. """
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
        if not isinstance(self.video_media_video_stream, Unset):
            field_dict["video_media_video_stream"] = [
                item.to_dict() for item in self.video_media_video_stream
            ]
        if not isinstance(self.video_media_audio_stream, Unset):
            field_dict["video_media_audio_stream"] = [
                item.to_dict() for item in self.video_media_audio_stream
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
    src_dict: Mapping[str, Any], cls: type[VideoMediaMetadata] = VideoMediaMetadata
) -> VideoMediaMetadata:
    """``VideoMediaMetadata.from_dict`` without the GC pause: the parsers of nested models call each other directly."""
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
    value = src_dict.get("video_media_video_stream", UNSET)
    if value is not UNSET:
        try:
            if value.__class__ is not list:
                raise TypeError("not a JSON array")
            value = [_parse_video_media_video_stream(item) for item in value]
        except _MISMATCH:
            additional["video_media_video_stream"] = value
            value = UNSET
    obj.video_media_video_stream = value
    value = src_dict.get("video_media_audio_stream", UNSET)
    if value is not UNSET:
        try:
            if value.__class__ is not list:
                raise TypeError("not a JSON array")
            value = [_parse_video_media_audio_stream(item) for item in value]
        except _MISMATCH:
            additional["video_media_audio_stream"] = value
            value = UNSET
    obj.video_media_audio_stream = value
    return obj

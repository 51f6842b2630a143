from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.gcpause import pause as _pause_gc
from ..._runtime.gcpause import resume as _resume_gc
from ..types import UNSET, Unset

_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "Index",
        "Language",
        "CodecName",
        "CodecLongName",
        "Profile",
        "CodecTimeBase",
        "CodecTagString",
        "CodecTag",
        "Width",
        "Height",
        "HasBFrames",
        "SampleAspectRatio",
        "DisplayAspectRatio",
        "PixelFormat",
        "Level",
        "FrameRate",
        "AverageFrameRate",
        "TimeBase",
        "StartTime",
        "Duration",
        "Bitrate",
        "FrameCount",
        "Rotate",
        "BitDepth",
        "ColorSpace",
        "ColorRange",
        "ColorTransfer",
        "ColorPrimaries",
    }
)
_MISMATCH = (TypeError, ValueError, KeyError, AttributeError)
_new = object.__new__


@_attrs_define
class VideoStream:
    """A video stream of a media file."""

    index: int | Unset = UNSET
    """ The index of the stream. """
    language: str | Unset = UNSET
    """ The language of the stream, as a BCP 47 tag. """
    codec_name: str | Unset = UNSET
    """ The short name of the codec. """
    codec_long_name: str | Unset = UNSET
    """ The full name of the codec. """
    profile: str | Unset = UNSET
    """ The codec profile. """
    codec_time_base: str | Unset = UNSET
    """ The time base of the codec. """
    codec_tag_string: str | Unset = UNSET
    """ The codec tag, as a string. """
    codec_tag: str | Unset = UNSET
    """ The codec tag. """
    width: int | Unset = UNSET
    """ The width of the video, in pixels. """
    height: int | Unset = UNSET
    """ The height of the video, in pixels. """
    has_b_frames: int | Unset = UNSET
    """ Whether the stream contains B-frames. """
    sample_aspect_ratio: str | Unset = UNSET
    """ The sample aspect ratio. """
    display_aspect_ratio: str | Unset = UNSET
    """ The display aspect ratio. """
    pixel_format: str | Unset = UNSET
    """ The pixel format. """
    level: int | Unset = UNSET
    """ The codec level. """
    frame_rate: str | Unset = UNSET
    """ The frame rate. """
    average_frame_rate: str | Unset = UNSET
    """ The average frame rate. """
    time_base: str | Unset = UNSET
    """ The time base of the stream. """
    start_time: float | Unset = UNSET
    """ The start time of the stream, in seconds. """
    duration: float | Unset = UNSET
    """ The duration of the stream, in seconds. """
    bitrate: int | Unset = UNSET
    """ The bitrate, in bit/s. """
    frame_count: int | Unset = UNSET
    """ The number of frames. """
    rotate: str | Unset = UNSET
    """ The rotation angle of the video. """
    bit_depth: int | Unset = UNSET
    """ The bit depth. """
    color_space: str | Unset = UNSET
    """ The color space. """
    color_range: str | Unset = UNSET
    """ The color range. """
    color_transfer: str | Unset = UNSET
    """ The color transfer characteristics. """
    color_primaries: str | Unset = UNSET
    """ The color primaries. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, and documented fields whose value had an unexpected shape."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict, with the vendor's wire names."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.index, Unset):
            field_dict["Index"] = self.index
        if not isinstance(self.language, Unset):
            field_dict["Language"] = self.language
        if not isinstance(self.codec_name, Unset):
            field_dict["CodecName"] = self.codec_name
        if not isinstance(self.codec_long_name, Unset):
            field_dict["CodecLongName"] = self.codec_long_name
        if not isinstance(self.profile, Unset):
            field_dict["Profile"] = self.profile
        if not isinstance(self.codec_time_base, Unset):
            field_dict["CodecTimeBase"] = self.codec_time_base
        if not isinstance(self.codec_tag_string, Unset):
            field_dict["CodecTagString"] = self.codec_tag_string
        if not isinstance(self.codec_tag, Unset):
            field_dict["CodecTag"] = self.codec_tag
        if not isinstance(self.width, Unset):
            field_dict["Width"] = self.width
        if not isinstance(self.height, Unset):
            field_dict["Height"] = self.height
        if not isinstance(self.has_b_frames, Unset):
            field_dict["HasBFrames"] = self.has_b_frames
        if not isinstance(self.sample_aspect_ratio, Unset):
            field_dict["SampleAspectRatio"] = self.sample_aspect_ratio
        if not isinstance(self.display_aspect_ratio, Unset):
            field_dict["DisplayAspectRatio"] = self.display_aspect_ratio
        if not isinstance(self.pixel_format, Unset):
            field_dict["PixelFormat"] = self.pixel_format
        if not isinstance(self.level, Unset):
            field_dict["Level"] = self.level
        if not isinstance(self.frame_rate, Unset):
            field_dict["FrameRate"] = self.frame_rate
        if not isinstance(self.average_frame_rate, Unset):
            field_dict["AverageFrameRate"] = self.average_frame_rate
        if not isinstance(self.time_base, Unset):
            field_dict["TimeBase"] = self.time_base
        if not isinstance(self.start_time, Unset):
            field_dict["StartTime"] = self.start_time
        if not isinstance(self.duration, Unset):
            field_dict["Duration"] = self.duration
        if not isinstance(self.bitrate, Unset):
            field_dict["Bitrate"] = self.bitrate
        if not isinstance(self.frame_count, Unset):
            field_dict["FrameCount"] = self.frame_count
        if not isinstance(self.rotate, Unset):
            field_dict["Rotate"] = self.rotate
        if not isinstance(self.bit_depth, Unset):
            field_dict["BitDepth"] = self.bit_depth
        if not isinstance(self.color_space, Unset):
            field_dict["ColorSpace"] = self.color_space
        if not isinstance(self.color_range, Unset):
            field_dict["ColorRange"] = self.color_range
        if not isinstance(self.color_transfer, Unset):
            field_dict["ColorTransfer"] = self.color_transfer
        if not isinstance(self.color_primaries, Unset):
            field_dict["ColorPrimaries"] = self.color_primaries
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
    src_dict: Mapping[str, Any], cls: type[VideoStream] = VideoStream
) -> VideoStream:
    """``VideoStream.from_dict`` without the GC pause: the parsers of nested models call each other directly."""
    obj = _new(cls)
    additional: dict[str, Any] = (
        {}
        if _WIRE_NAMES.issuperset(src_dict)
        else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
    )
    obj.additional_properties = additional
    obj.index = src_dict.get("Index", UNSET)
    obj.language = src_dict.get("Language", UNSET)
    obj.codec_name = src_dict.get("CodecName", UNSET)
    obj.codec_long_name = src_dict.get("CodecLongName", UNSET)
    obj.profile = src_dict.get("Profile", UNSET)
    obj.codec_time_base = src_dict.get("CodecTimeBase", UNSET)
    obj.codec_tag_string = src_dict.get("CodecTagString", UNSET)
    obj.codec_tag = src_dict.get("CodecTag", UNSET)
    obj.width = src_dict.get("Width", UNSET)
    obj.height = src_dict.get("Height", UNSET)
    obj.has_b_frames = src_dict.get("HasBFrames", UNSET)
    obj.sample_aspect_ratio = src_dict.get("SampleAspectRatio", UNSET)
    obj.display_aspect_ratio = src_dict.get("DisplayAspectRatio", UNSET)
    obj.pixel_format = src_dict.get("PixelFormat", UNSET)
    obj.level = src_dict.get("Level", UNSET)
    obj.frame_rate = src_dict.get("FrameRate", UNSET)
    obj.average_frame_rate = src_dict.get("AverageFrameRate", UNSET)
    obj.time_base = src_dict.get("TimeBase", UNSET)
    obj.start_time = src_dict.get("StartTime", UNSET)
    obj.duration = src_dict.get("Duration", UNSET)
    obj.bitrate = src_dict.get("Bitrate", UNSET)
    obj.frame_count = src_dict.get("FrameCount", UNSET)
    obj.rotate = src_dict.get("Rotate", UNSET)
    obj.bit_depth = src_dict.get("BitDepth", UNSET)
    obj.color_space = src_dict.get("ColorSpace", UNSET)
    obj.color_range = src_dict.get("ColorRange", UNSET)
    obj.color_transfer = src_dict.get("ColorTransfer", UNSET)
    obj.color_primaries = src_dict.get("ColorPrimaries", UNSET)
    return obj

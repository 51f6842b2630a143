from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_WIRE_NAMES = frozenset(
    {
        "Index",
        "Language",
        "CodecName",
        "CodecLongName",
        "CodecTimeBase",
        "CodecTagString",
        "CodecTag",
        "TimeBase",
        "StartTime",
        "Duration",
        "Bitrate",
        "FrameCount",
        "Lyric",
        "SampleFormat",
        "SampleRate",
        "Channels",
        "ChannelLayout",
    }
)
_MISMATCH = (TypeError, ValueError, KeyError, AttributeError)


@_attrs_define
class AudioStream:
    """An audio stream of a media file."""

    index: int | Unset = UNSET
    """ The index of the stream. """
    language: str | Unset = UNSET
    """ The language of the audio, as a BCP 47 tag. """
    codec_name: str | Unset = UNSET
    """ The short name of the codec. """
    codec_long_name: str | Unset = UNSET
    """ The full name of the codec. """
    codec_time_base: str | Unset = UNSET
    """ The time base of the codec. """
    codec_tag_string: str | Unset = UNSET
    """ The codec tag, as a string. """
    codec_tag: str | Unset = UNSET
    """ The codec tag. """
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
    lyric: str | Unset = UNSET
    """ The lyrics. """
    sample_format: str | Unset = UNSET
    """ The sample format. """
    sample_rate: int | Unset = UNSET
    """ The sample rate, in Hz. """
    channels: int | Unset = UNSET
    """ The number of sound channels. """
    channel_layout: str | Unset = UNSET
    """ The channel layout, for example `stereo`. """
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
        if not isinstance(self.codec_time_base, Unset):
            field_dict["CodecTimeBase"] = self.codec_time_base
        if not isinstance(self.codec_tag_string, Unset):
            field_dict["CodecTagString"] = self.codec_tag_string
        if not isinstance(self.codec_tag, Unset):
            field_dict["CodecTag"] = self.codec_tag
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
        if not isinstance(self.lyric, Unset):
            field_dict["Lyric"] = self.lyric
        if not isinstance(self.sample_format, Unset):
            field_dict["SampleFormat"] = self.sample_format
        if not isinstance(self.sample_rate, Unset):
            field_dict["SampleRate"] = self.sample_rate
        if not isinstance(self.channels, Unset):
            field_dict["Channels"] = self.channels
        if not isinstance(self.channel_layout, Unset):
            field_dict["ChannelLayout"] = self.channel_layout
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object (raises AttributeError or TypeError if it is not an object)."""
        get = src_dict.get
        obj = object.__new__(cls)
        mismatched: dict[str, Any] | None = None
        obj.index = get("Index", UNSET)
        obj.language = get("Language", UNSET)
        obj.codec_name = get("CodecName", UNSET)
        obj.codec_long_name = get("CodecLongName", UNSET)
        obj.codec_time_base = get("CodecTimeBase", UNSET)
        obj.codec_tag_string = get("CodecTagString", UNSET)
        obj.codec_tag = get("CodecTag", UNSET)
        obj.time_base = get("TimeBase", UNSET)
        obj.start_time = get("StartTime", UNSET)
        obj.duration = get("Duration", UNSET)
        obj.bitrate = get("Bitrate", UNSET)
        obj.frame_count = get("FrameCount", UNSET)
        obj.lyric = get("Lyric", UNSET)
        obj.sample_format = get("SampleFormat", UNSET)
        obj.sample_rate = get("SampleRate", UNSET)
        obj.channels = get("Channels", UNSET)
        obj.channel_layout = get("ChannelLayout", UNSET)
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

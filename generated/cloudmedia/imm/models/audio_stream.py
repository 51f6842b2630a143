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
_new = object.__new__


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
    src_dict: Mapping[str, Any], cls: type[AudioStream] = AudioStream
) -> AudioStream:
    """``AudioStream.from_dict`` without the GC pause: the parsers of nested models call each other directly."""
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
    obj.codec_time_base = src_dict.get("CodecTimeBase", UNSET)
    obj.codec_tag_string = src_dict.get("CodecTagString", UNSET)
    obj.codec_tag = src_dict.get("CodecTag", UNSET)
    obj.time_base = src_dict.get("TimeBase", UNSET)
    obj.start_time = src_dict.get("StartTime", UNSET)
    obj.duration = src_dict.get("Duration", UNSET)
    obj.bitrate = src_dict.get("Bitrate", UNSET)
    obj.frame_count = src_dict.get("FrameCount", UNSET)
    obj.lyric = src_dict.get("Lyric", UNSET)
    obj.sample_format = src_dict.get("SampleFormat", UNSET)
    obj.sample_rate = src_dict.get("SampleRate", UNSET)
    obj.channels = src_dict.get("Channels", UNSET)
    obj.channel_layout = src_dict.get("ChannelLayout", UNSET)
    return obj

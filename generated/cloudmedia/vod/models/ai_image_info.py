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
        "CreationTime",
        "AIImageInfoId",
        "FileURL",
        "Version",
        "VideoId",
        "JobId",
        "Score",
        "Format",
    }
)
_MISMATCH = (TypeError, ValueError, KeyError, AttributeError)
_new = object.__new__


@_attrs_define
class AIImageInfo:
    """The details of the image file."""

    creation_time: str | Unset = UNSET
    """ The time when the file was created. The time follows the ISO 8601 standard in the yyyy-MM-ddTHH:mm:ssZ
    format. The time is displayed in UTC. """
    ai_image_info_id: str | Unset = UNSET
    """ The ID of the image information. """
    file_url: str | Unset = UNSET
    """ The URL of the image file. """
    version: str | Unset = UNSET
    """ The data version ID. """
    video_id: str | Unset = UNSET
    """ The ID of the video. """
    job_id: str | Unset = UNSET
    """ The ID of the image AI processing job. """
    score: str | Unset = UNSET
    """ The score of the image. """
    format_: str | Unset = UNSET
    """ The format of the image. Valid values: gif and png. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, and documented fields whose value had an unexpected shape."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict, with the vendor's wire names."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.creation_time, Unset):
            field_dict["CreationTime"] = self.creation_time
        if not isinstance(self.ai_image_info_id, Unset):
            field_dict["AIImageInfoId"] = self.ai_image_info_id
        if not isinstance(self.file_url, Unset):
            field_dict["FileURL"] = self.file_url
        if not isinstance(self.version, Unset):
            field_dict["Version"] = self.version
        if not isinstance(self.video_id, Unset):
            field_dict["VideoId"] = self.video_id
        if not isinstance(self.job_id, Unset):
            field_dict["JobId"] = self.job_id
        if not isinstance(self.score, Unset):
            field_dict["Score"] = self.score
        if not isinstance(self.format_, Unset):
            field_dict["Format"] = self.format_
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
    src_dict: Mapping[str, Any], cls: type[AIImageInfo] = AIImageInfo
) -> AIImageInfo:
    """``AIImageInfo.from_dict`` without the GC pause: the parsers of nested models call each other directly."""
    obj = _new(cls)
    additional: dict[str, Any] = (
        {}
        if _WIRE_NAMES.issuperset(src_dict)
        else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
    )
    obj.additional_properties = additional
    obj.creation_time = src_dict.get("CreationTime", UNSET)
    obj.ai_image_info_id = src_dict.get("AIImageInfoId", UNSET)
    obj.file_url = src_dict.get("FileURL", UNSET)
    obj.version = src_dict.get("Version", UNSET)
    obj.video_id = src_dict.get("VideoId", UNSET)
    obj.job_id = src_dict.get("JobId", UNSET)
    obj.score = src_dict.get("Score", UNSET)
    obj.format_ = src_dict.get("Format", UNSET)
    return obj

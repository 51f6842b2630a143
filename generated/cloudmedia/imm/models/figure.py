from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.gcpause import pause as _pause_gc
from ..._runtime.gcpause import resume as _resume_gc
from ..models.boundary import Boundary
from ..models.boundary import _from_dict as _parse_boundary
from ..models.head_pose import HeadPose
from ..models.head_pose import _from_dict as _parse_head_pose
from ..types import UNSET, Unset

_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "FigureId",
        "FigureConfidence",
        "FigureClusterId",
        "FigureClusterConfidence",
        "FigureType",
        "Age",
        "AgeSD",
        "Gender",
        "GenderConfidence",
        "Emotion",
        "EmotionConfidence",
        "FaceQuality",
        "Boundary",
        "Mouth",
        "MouthConfidence",
        "Beard",
        "BeardConfidence",
        "Hat",
        "HatConfidence",
        "Mask",
        "MaskConfidence",
        "Glasses",
        "GlassesConfidence",
        "Sharpness",
        "Attractive",
        "HeadPose",
    }
)
_MISMATCH = (TypeError, ValueError, KeyError, AttributeError)
_new = object.__new__


@_attrs_define
class Figure:
    """A figure (for example a face) detected by the AI model."""

    figure_id: str | Unset = UNSET
    """ The ID of the figure. """
    figure_confidence: float | Unset = UNSET
    """ The confidence of the figure, from 0 (lowest) to 1 (highest). """
    figure_cluster_id: str | Unset = UNSET
    """ The ID of the figure cluster. Reserved values: `figure-cluster-id-independent` (the face belongs to no
    suitable group yet) and `figure-cluster-id-unavailable` (the face has not been clustered yet). """
    figure_cluster_confidence: float | Unset = UNSET
    """ The clustering confidence, from 0 (lowest) to 1 (highest). """
    figure_type: str | Unset = UNSET
    """ The type of the figure, for example `face`. """
    age: int | Unset = UNSET
    """ The estimated age. """
    age_sd: float | Unset = UNSET
    """ The standard deviation of the estimated age. """
    gender: str | Unset = UNSET
    """ The gender, for example `male` or `female`. """
    gender_confidence: float | Unset = UNSET
    """ The confidence of the gender, from 0 (lowest) to 1 (highest). """
    emotion: str | Unset = UNSET
    """ The emotion, for example `happiness`. """
    emotion_confidence: float | Unset = UNSET
    """ The confidence of the emotion, from 0 (lowest) to 1 (highest). """
    face_quality: float | Unset = UNSET
    """ The face quality score, from 0 to 1: whether the image quality suits face recognition. A higher score means
    better quality. """
    boundary: Boundary | Unset = UNSET
    """ The boundary of a detected region: either a rectangle (`Width`, `Height`, `Left`, `Top`) or a polygon
    (`Polygon`). """
    mouth: str | Unset = UNSET
    """ Whether the mouth is open, for example `open` or `close`. """
    mouth_confidence: float | Unset = UNSET
    """ The confidence of `Mouth`, from 0 (lowest) to 1 (highest). """
    beard: str | Unset = UNSET
    """ Whether the person has a beard, for example `none`. """
    beard_confidence: float | Unset = UNSET
    """ The confidence of `Beard`, from 0 (lowest) to 1 (highest). """
    hat: str | Unset = UNSET
    """ Whether the person wears a hat, for example `none`. """
    hat_confidence: float | Unset = UNSET
    """ The confidence of `Hat`, from 0 (lowest) to 1 (highest). """
    mask: str | Unset = UNSET
    """ Whether the person wears a mask, for example `none`. """
    mask_confidence: float | Unset = UNSET
    """ The confidence of `Mask`, from 0 (lowest) to 1 (highest). """
    glasses: str | Unset = UNSET
    """ Whether the person wears glasses, for example `none`. """
    glasses_confidence: float | Unset = UNSET
    """ The confidence of `Glasses`, from 0 (lowest) to 1 (highest). """
    sharpness: float | Unset = UNSET
    """ The sharpness of the face, from 0 to 1. A higher score means a clearer face. """
    attractive: float | Unset = UNSET
    """ The attractiveness score of the face, from 0 to 1. """
    head_pose: HeadPose | Unset = UNSET
    """ The head pose, as three angles in degrees (-180 to 180). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, and documented fields whose value had an unexpected shape."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict, with the vendor's wire names."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.figure_id, Unset):
            field_dict["FigureId"] = self.figure_id
        if not isinstance(self.figure_confidence, Unset):
            field_dict["FigureConfidence"] = self.figure_confidence
        if not isinstance(self.figure_cluster_id, Unset):
            field_dict["FigureClusterId"] = self.figure_cluster_id
        if not isinstance(self.figure_cluster_confidence, Unset):
            field_dict["FigureClusterConfidence"] = self.figure_cluster_confidence
        if not isinstance(self.figure_type, Unset):
            field_dict["FigureType"] = self.figure_type
        if not isinstance(self.age, Unset):
            field_dict["Age"] = self.age
        if not isinstance(self.age_sd, Unset):
            field_dict["AgeSD"] = self.age_sd
        if not isinstance(self.gender, Unset):
            field_dict["Gender"] = self.gender
        if not isinstance(self.gender_confidence, Unset):
            field_dict["GenderConfidence"] = self.gender_confidence
        if not isinstance(self.emotion, Unset):
            field_dict["Emotion"] = self.emotion
        if not isinstance(self.emotion_confidence, Unset):
            field_dict["EmotionConfidence"] = self.emotion_confidence
        if not isinstance(self.face_quality, Unset):
            field_dict["FaceQuality"] = self.face_quality
        if not isinstance(self.boundary, Unset):
            field_dict["Boundary"] = self.boundary.to_dict()
        if not isinstance(self.mouth, Unset):
            field_dict["Mouth"] = self.mouth
        if not isinstance(self.mouth_confidence, Unset):
            field_dict["MouthConfidence"] = self.mouth_confidence
        if not isinstance(self.beard, Unset):
            field_dict["Beard"] = self.beard
        if not isinstance(self.beard_confidence, Unset):
            field_dict["BeardConfidence"] = self.beard_confidence
        if not isinstance(self.hat, Unset):
            field_dict["Hat"] = self.hat
        if not isinstance(self.hat_confidence, Unset):
            field_dict["HatConfidence"] = self.hat_confidence
        if not isinstance(self.mask, Unset):
            field_dict["Mask"] = self.mask
        if not isinstance(self.mask_confidence, Unset):
            field_dict["MaskConfidence"] = self.mask_confidence
        if not isinstance(self.glasses, Unset):
            field_dict["Glasses"] = self.glasses
        if not isinstance(self.glasses_confidence, Unset):
            field_dict["GlassesConfidence"] = self.glasses_confidence
        if not isinstance(self.sharpness, Unset):
            field_dict["Sharpness"] = self.sharpness
        if not isinstance(self.attractive, Unset):
            field_dict["Attractive"] = self.attractive
        if not isinstance(self.head_pose, Unset):
            field_dict["HeadPose"] = self.head_pose.to_dict()
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


def _from_dict(src_dict: Mapping[str, Any], cls: type[Figure] = Figure) -> Figure:
    """``Figure.from_dict`` without the GC pause: the parsers of nested models call each other directly."""
    obj = _new(cls)
    additional: dict[str, Any] = (
        {}
        if _WIRE_NAMES.issuperset(src_dict)
        else {k: v for k, v in src_dict.items() if k not in _WIRE_NAMES}
    )
    obj.additional_properties = additional
    obj.figure_id = src_dict.get("FigureId", UNSET)
    obj.figure_confidence = src_dict.get("FigureConfidence", UNSET)
    obj.figure_cluster_id = src_dict.get("FigureClusterId", UNSET)
    obj.figure_cluster_confidence = src_dict.get("FigureClusterConfidence", UNSET)
    obj.figure_type = src_dict.get("FigureType", UNSET)
    obj.age = src_dict.get("Age", UNSET)
    obj.age_sd = src_dict.get("AgeSD", UNSET)
    obj.gender = src_dict.get("Gender", UNSET)
    obj.gender_confidence = src_dict.get("GenderConfidence", UNSET)
    obj.emotion = src_dict.get("Emotion", UNSET)
    obj.emotion_confidence = src_dict.get("EmotionConfidence", UNSET)
    obj.face_quality = src_dict.get("FaceQuality", UNSET)
    value = src_dict.get("Boundary", UNSET)
    if value is not UNSET:
        try:
            value = _parse_boundary(value)
        except _MISMATCH:
            additional["Boundary"] = value
            value = UNSET
    obj.boundary = value
    obj.mouth = src_dict.get("Mouth", UNSET)
    obj.mouth_confidence = src_dict.get("MouthConfidence", UNSET)
    obj.beard = src_dict.get("Beard", UNSET)
    obj.beard_confidence = src_dict.get("BeardConfidence", UNSET)
    obj.hat = src_dict.get("Hat", UNSET)
    obj.hat_confidence = src_dict.get("HatConfidence", UNSET)
    obj.mask = src_dict.get("Mask", UNSET)
    obj.mask_confidence = src_dict.get("MaskConfidence", UNSET)
    obj.glasses = src_dict.get("Glasses", UNSET)
    obj.glasses_confidence = src_dict.get("GlassesConfidence", UNSET)
    obj.sharpness = src_dict.get("Sharpness", UNSET)
    obj.attractive = src_dict.get("Attractive", UNSET)
    value = src_dict.get("HeadPose", UNSET)
    if value is not UNSET:
        try:
            value = _parse_head_pose(value)
        except _MISMATCH:
            additional["HeadPose"] = value
            value = UNSET
    obj.head_pose = value
    return obj

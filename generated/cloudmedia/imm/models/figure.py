from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.boundary import Boundary
from ..models.head_pose import HeadPose
from ..types import UNSET, Unset

_WIRE_NAMES = frozenset(
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
        """Parse a decoded JSON object (raises AttributeError or TypeError if it is not an object)."""
        get = src_dict.get
        obj = object.__new__(cls)
        mismatched: dict[str, Any] | None = None
        obj.figure_id = get("FigureId", UNSET)
        obj.figure_confidence = get("FigureConfidence", UNSET)
        obj.figure_cluster_id = get("FigureClusterId", UNSET)
        obj.figure_cluster_confidence = get("FigureClusterConfidence", UNSET)
        obj.figure_type = get("FigureType", UNSET)
        obj.age = get("Age", UNSET)
        obj.age_sd = get("AgeSD", UNSET)
        obj.gender = get("Gender", UNSET)
        obj.gender_confidence = get("GenderConfidence", UNSET)
        obj.emotion = get("Emotion", UNSET)
        obj.emotion_confidence = get("EmotionConfidence", UNSET)
        obj.face_quality = get("FaceQuality", UNSET)
        value = get("Boundary", UNSET)
        if value is UNSET:
            obj.boundary = UNSET
        else:
            try:
                obj.boundary = Boundary.from_dict(value)
            except _MISMATCH:
                obj.boundary = UNSET
                mismatched = mismatched or {}
                mismatched["Boundary"] = value
        obj.mouth = get("Mouth", UNSET)
        obj.mouth_confidence = get("MouthConfidence", UNSET)
        obj.beard = get("Beard", UNSET)
        obj.beard_confidence = get("BeardConfidence", UNSET)
        obj.hat = get("Hat", UNSET)
        obj.hat_confidence = get("HatConfidence", UNSET)
        obj.mask = get("Mask", UNSET)
        obj.mask_confidence = get("MaskConfidence", UNSET)
        obj.glasses = get("Glasses", UNSET)
        obj.glasses_confidence = get("GlassesConfidence", UNSET)
        obj.sharpness = get("Sharpness", UNSET)
        obj.attractive = get("Attractive", UNSET)
        value = get("HeadPose", UNSET)
        if value is UNSET:
            obj.head_pose = UNSET
        else:
            try:
                obj.head_pose = HeadPose.from_dict(value)
            except _MISMATCH:
                obj.head_pose = UNSET
                mismatched = mismatched or {}
                mismatched["HeadPose"] = value
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

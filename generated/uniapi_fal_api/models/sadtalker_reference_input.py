from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.sadtalker_reference_input_face_enhancer import (
    SadtalkerReferenceInputFaceEnhancer,
    check_sadtalker_reference_input_face_enhancer,
)
from ..models.sadtalker_reference_input_face_model_resolution import (
    SadtalkerReferenceInputFaceModelResolution,
    check_sadtalker_reference_input_face_model_resolution,
)
from ..models.sadtalker_reference_input_preprocess import (
    SadtalkerReferenceInputPreprocess,
    check_sadtalker_reference_input_preprocess,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .sadtalker_reference_output import SadtalkerReferenceOutput  # noqa: F401


T = TypeVar("T", bound="SadtalkerReferenceInput")


@_attrs_define
class SadtalkerReferenceInput(
    FalInput["SadtalkerReferenceOutput"], endpoint="fal-ai/sadtalker/reference"
):
    """Input of `fal-ai/sadtalker/reference` (image-to-video)."""

    source_image_url: str
    """Source Image Url: string."""
    driven_audio_url: str
    """Driven Audio Url: string."""
    reference_pose_video_url: str
    """Reference Pose Video Url: string."""
    pose_style: int | Unset = UNSET
    """Pose Style: integer, 0 to 45. Server default: 0."""
    face_model_resolution: SadtalkerReferenceInputFaceModelResolution | Unset = UNSET
    """Face Model Resolution: one of "256", "512". Server default: "256"."""
    expression_scale: float | Unset = UNSET
    """Expression Scale: number, 0 to 3, a multiple of 0.1. Server default: 1."""
    face_enhancer: SadtalkerReferenceInputFaceEnhancer | Unset = UNSET
    """Face Enhancer: one of "gfpgan"."""
    still_mode: bool | Unset = UNSET
    """Still Mode: boolean. Server default: false."""
    preprocess: SadtalkerReferenceInputPreprocess | Unset = UNSET
    """Preprocess: one of "crop", "extcrop", "resize", "full", "extfull". Server default: "crop"."""

    def to_dict(self) -> dict[str, Any]:
        source_image_url = self.source_image_url

        driven_audio_url = self.driven_audio_url

        reference_pose_video_url = self.reference_pose_video_url

        pose_style = self.pose_style

        face_model_resolution: str | Unset = UNSET
        if not isinstance(self.face_model_resolution, Unset):
            face_model_resolution = self.face_model_resolution

        expression_scale = self.expression_scale

        face_enhancer: str | Unset = UNSET
        if not isinstance(self.face_enhancer, Unset):
            face_enhancer = self.face_enhancer

        still_mode = self.still_mode

        preprocess: str | Unset = UNSET
        if not isinstance(self.preprocess, Unset):
            preprocess = self.preprocess

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "source_image_url": source_image_url,
                "driven_audio_url": driven_audio_url,
                "reference_pose_video_url": reference_pose_video_url,
            }
        )
        if pose_style is not UNSET:
            field_dict["pose_style"] = pose_style
        if face_model_resolution is not UNSET:
            field_dict["face_model_resolution"] = face_model_resolution
        if expression_scale is not UNSET:
            field_dict["expression_scale"] = expression_scale
        if face_enhancer is not UNSET:
            field_dict["face_enhancer"] = face_enhancer
        if still_mode is not UNSET:
            field_dict["still_mode"] = still_mode
        if preprocess is not UNSET:
            field_dict["preprocess"] = preprocess

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source_image_url = d.pop("source_image_url")

        driven_audio_url = d.pop("driven_audio_url")

        reference_pose_video_url = d.pop("reference_pose_video_url")

        pose_style = d.pop("pose_style", UNSET)

        _face_model_resolution = d.pop("face_model_resolution", UNSET)
        face_model_resolution: SadtalkerReferenceInputFaceModelResolution | Unset
        if isinstance(_face_model_resolution, Unset):
            face_model_resolution = UNSET
        else:
            face_model_resolution = check_sadtalker_reference_input_face_model_resolution(
                _face_model_resolution
            )

        expression_scale = d.pop("expression_scale", UNSET)

        _face_enhancer = d.pop("face_enhancer", UNSET)
        face_enhancer: SadtalkerReferenceInputFaceEnhancer | Unset
        if isinstance(_face_enhancer, Unset):
            face_enhancer = UNSET
        else:
            face_enhancer = check_sadtalker_reference_input_face_enhancer(_face_enhancer)

        still_mode = d.pop("still_mode", UNSET)

        _preprocess = d.pop("preprocess", UNSET)
        preprocess: SadtalkerReferenceInputPreprocess | Unset
        if isinstance(_preprocess, Unset):
            preprocess = UNSET
        else:
            preprocess = check_sadtalker_reference_input_preprocess(_preprocess)

        sadtalker_reference_input = cls(
            source_image_url=source_image_url,
            driven_audio_url=driven_audio_url,
            reference_pose_video_url=reference_pose_video_url,
            pose_style=pose_style,
            face_model_resolution=face_model_resolution,
            expression_scale=expression_scale,
            face_enhancer=face_enhancer,
            still_mode=still_mode,
            preprocess=preprocess,
        )

        return sadtalker_reference_input

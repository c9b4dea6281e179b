from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.topaz_upscale_image_input_enhancement_strength import (
    TopazUpscaleImageInputEnhancementStrength,
    check_topaz_upscale_image_input_enhancement_strength,
)
from ..models.topaz_upscale_image_input_model import (
    TopazUpscaleImageInputModel,
    check_topaz_upscale_image_input_model,
)
from ..models.topaz_upscale_image_input_output_format import (
    TopazUpscaleImageInputOutputFormat,
    check_topaz_upscale_image_input_output_format,
)
from ..models.topaz_upscale_image_input_subject_detection import (
    TopazUpscaleImageInputSubjectDetection,
    check_topaz_upscale_image_input_subject_detection,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .topaz_upscale_image_output import TopazUpscaleImageOutput  # noqa: F401


T = TypeVar("T", bound="TopazUpscaleImageInput")


@_attrs_define
class TopazUpscaleImageInput(
    FalInput["TopazUpscaleImageOutput"], endpoint="fal-ai/topaz/upscale/image"
):
    """Input of `fal-ai/topaz/upscale/image` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    autoprompt: bool | Unset = UNSET
    """Boolean."""
    creativity: float | Unset = UNSET
    """Number."""
    crop_to_fill: bool | Unset = UNSET
    """Boolean."""
    denoise: float | Unset = UNSET
    """Number."""
    detail: float | Unset = UNSET
    """Number."""
    enhancement_strength: TopazUpscaleImageInputEnhancementStrength | Unset = UNSET
    """One of "low", "medium", "high"."""
    face_enhancement: bool | Unset = UNSET
    """Boolean. Server default: true."""
    face_enhancement_creativity: float | Unset = UNSET
    """Number."""
    face_enhancement_strength: float | Unset = UNSET
    """Number. Server default: 0.8."""
    fix_compression: float | Unset = UNSET
    """Number."""
    model: TopazUpscaleImageInputModel | Unset = UNSET
    """One of "Standard V2", "High Fidelity V2", "Low Resolution V2", "CGI", "Text Refine", "Wonder
    3", "Wonder", "Standard MAX", ... (11 values). Server default: "Standard V2"."""
    output_format: TopazUpscaleImageInputOutputFormat | Unset = UNSET
    """One of "jpeg", "png". Server default: "jpeg"."""
    prompt: str | Unset = UNSET
    """String."""
    sharpen: float | Unset = UNSET
    """Number."""
    strength: float | Unset = UNSET
    """Number."""
    subject_detection: TopazUpscaleImageInputSubjectDetection | Unset = UNSET
    """One of "All", "Foreground", "Background". Server default: "All"."""
    texture: float | Unset = UNSET
    """Number."""
    upscale_factor: float | Unset = UNSET
    """Number. Server default: 2."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        autoprompt = self.autoprompt

        creativity = self.creativity

        crop_to_fill = self.crop_to_fill

        denoise = self.denoise

        detail = self.detail

        enhancement_strength: str | Unset = UNSET
        if not isinstance(self.enhancement_strength, Unset):
            enhancement_strength = self.enhancement_strength

        face_enhancement = self.face_enhancement

        face_enhancement_creativity = self.face_enhancement_creativity

        face_enhancement_strength = self.face_enhancement_strength

        fix_compression = self.fix_compression

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        prompt = self.prompt

        sharpen = self.sharpen

        strength = self.strength

        subject_detection: str | Unset = UNSET
        if not isinstance(self.subject_detection, Unset):
            subject_detection = self.subject_detection

        texture = self.texture

        upscale_factor = self.upscale_factor

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if autoprompt is not UNSET:
            field_dict["autoprompt"] = autoprompt
        if creativity is not UNSET:
            field_dict["creativity"] = creativity
        if crop_to_fill is not UNSET:
            field_dict["crop_to_fill"] = crop_to_fill
        if denoise is not UNSET:
            field_dict["denoise"] = denoise
        if detail is not UNSET:
            field_dict["detail"] = detail
        if enhancement_strength is not UNSET:
            field_dict["enhancement_strength"] = enhancement_strength
        if face_enhancement is not UNSET:
            field_dict["face_enhancement"] = face_enhancement
        if face_enhancement_creativity is not UNSET:
            field_dict["face_enhancement_creativity"] = face_enhancement_creativity
        if face_enhancement_strength is not UNSET:
            field_dict["face_enhancement_strength"] = face_enhancement_strength
        if fix_compression is not UNSET:
            field_dict["fix_compression"] = fix_compression
        if model is not UNSET:
            field_dict["model"] = model
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if sharpen is not UNSET:
            field_dict["sharpen"] = sharpen
        if strength is not UNSET:
            field_dict["strength"] = strength
        if subject_detection is not UNSET:
            field_dict["subject_detection"] = subject_detection
        if texture is not UNSET:
            field_dict["texture"] = texture
        if upscale_factor is not UNSET:
            field_dict["upscale_factor"] = upscale_factor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        autoprompt = d.pop("autoprompt", UNSET)

        creativity = d.pop("creativity", UNSET)

        crop_to_fill = d.pop("crop_to_fill", UNSET)

        denoise = d.pop("denoise", UNSET)

        detail = d.pop("detail", UNSET)

        _enhancement_strength = d.pop("enhancement_strength", UNSET)
        enhancement_strength: TopazUpscaleImageInputEnhancementStrength | Unset
        if isinstance(_enhancement_strength, Unset):
            enhancement_strength = UNSET
        else:
            enhancement_strength = check_topaz_upscale_image_input_enhancement_strength(
                _enhancement_strength
            )

        face_enhancement = d.pop("face_enhancement", UNSET)

        face_enhancement_creativity = d.pop("face_enhancement_creativity", UNSET)

        face_enhancement_strength = d.pop("face_enhancement_strength", UNSET)

        fix_compression = d.pop("fix_compression", UNSET)

        _model = d.pop("model", UNSET)
        model: TopazUpscaleImageInputModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_topaz_upscale_image_input_model(_model)

        _output_format = d.pop("output_format", UNSET)
        output_format: TopazUpscaleImageInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_topaz_upscale_image_input_output_format(_output_format)

        prompt = d.pop("prompt", UNSET)

        sharpen = d.pop("sharpen", UNSET)

        strength = d.pop("strength", UNSET)

        _subject_detection = d.pop("subject_detection", UNSET)
        subject_detection: TopazUpscaleImageInputSubjectDetection | Unset
        if isinstance(_subject_detection, Unset):
            subject_detection = UNSET
        else:
            subject_detection = check_topaz_upscale_image_input_subject_detection(
                _subject_detection
            )

        texture = d.pop("texture", UNSET)

        upscale_factor = d.pop("upscale_factor", UNSET)

        topaz_upscale_image_input = cls(
            image_url=image_url,
            autoprompt=autoprompt,
            creativity=creativity,
            crop_to_fill=crop_to_fill,
            denoise=denoise,
            detail=detail,
            enhancement_strength=enhancement_strength,
            face_enhancement=face_enhancement,
            face_enhancement_creativity=face_enhancement_creativity,
            face_enhancement_strength=face_enhancement_strength,
            fix_compression=fix_compression,
            model=model,
            output_format=output_format,
            prompt=prompt,
            sharpen=sharpen,
            strength=strength,
            subject_detection=subject_detection,
            texture=texture,
            upscale_factor=upscale_factor,
        )

        return topaz_upscale_image_input

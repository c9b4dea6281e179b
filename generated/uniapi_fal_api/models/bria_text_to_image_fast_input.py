from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.bria_text_to_image_fast_input_aspect_ratio import (
    BriaTextToImageFastInputAspectRatio,
    check_bria_text_to_image_fast_input_aspect_ratio,
)
from ..models.bria_text_to_image_fast_input_medium import (
    BriaTextToImageFastInputMedium,
    check_bria_text_to_image_fast_input_medium,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.guidance_input import GuidanceInput
    from .bria_text_to_image_fast_output import BriaTextToImageFastOutput  # noqa: F401


T = TypeVar("T", bound="BriaTextToImageFastInput")


@_attrs_define
class BriaTextToImageFastInput(
    FalInput["BriaTextToImageFastOutput"], endpoint="fal-ai/bria/text-to-image/fast"
):
    """Input of `fal-ai/bria/text-to-image/fast` (text-to-image)."""

    prompt: str
    """Prompt: string, at least 1 character."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: ""."""
    num_images: int | Unset = UNSET
    """Num Images: integer, 1 to 4. Server default: 4."""
    aspect_ratio: BriaTextToImageFastInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", ... (9
    values). Server default: "1:1"."""
    seed: int | Unset = UNSET
    """Seed: integer, 0 to 2,147,483,647."""
    num_inference_steps: int | Unset = UNSET
    """Num Inference Steps: integer, 4 to 10. Server default: 8."""
    guidance_scale: float | Unset = UNSET
    """Guidance scale (CFG): number, 0 to 20. Server default: 5."""
    prompt_enhancement: bool | Unset = UNSET
    """Prompt Enhancement: boolean. Server default: false."""
    medium: BriaTextToImageFastInputMedium | Unset = UNSET
    """Medium: one of "photography", "art"."""
    guidance: list[GuidanceInput] | Unset = UNSET
    """Guidance: list of GuidanceInput. Server default: []."""
    sync_mode: bool | Unset = UNSET
    """Sync Mode: boolean. Server default: false."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        negative_prompt = self.negative_prompt

        num_images = self.num_images

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        seed = self.seed

        num_inference_steps = self.num_inference_steps

        guidance_scale = self.guidance_scale

        prompt_enhancement = self.prompt_enhancement

        medium: str | Unset = UNSET
        if not isinstance(self.medium, Unset):
            medium = self.medium

        guidance: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.guidance, Unset):
            guidance = []
            for guidance_item_data in self.guidance:
                guidance_item = guidance_item_data.to_dict()
                guidance.append(guidance_item)

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if seed is not UNSET:
            field_dict["seed"] = seed
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if prompt_enhancement is not UNSET:
            field_dict["prompt_enhancement"] = prompt_enhancement
        if medium is not UNSET:
            field_dict["medium"] = medium
        if guidance is not UNSET:
            field_dict["guidance"] = guidance
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.guidance_input import GuidanceInput  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_images = d.pop("num_images", UNSET)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: BriaTextToImageFastInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_bria_text_to_image_fast_input_aspect_ratio(_aspect_ratio)

        seed = d.pop("seed", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        prompt_enhancement = d.pop("prompt_enhancement", UNSET)

        _medium = d.pop("medium", UNSET)
        medium: BriaTextToImageFastInputMedium | Unset
        if isinstance(_medium, Unset):
            medium = UNSET
        else:
            medium = check_bria_text_to_image_fast_input_medium(_medium)

        _guidance = d.pop("guidance", UNSET)
        guidance: list[GuidanceInput] | Unset = UNSET
        if _guidance is not UNSET:
            guidance = []
            for guidance_item_data in _guidance:
                guidance_item = GuidanceInput.from_dict(guidance_item_data)

                guidance.append(guidance_item)

        sync_mode = d.pop("sync_mode", UNSET)

        bria_text_to_image_fast_input = cls(
            prompt=prompt,
            negative_prompt=negative_prompt,
            num_images=num_images,
            aspect_ratio=aspect_ratio,
            seed=seed,
            num_inference_steps=num_inference_steps,
            guidance_scale=guidance_scale,
            prompt_enhancement=prompt_enhancement,
            medium=medium,
            guidance=guidance,
            sync_mode=sync_mode,
        )

        return bria_text_to_image_fast_input

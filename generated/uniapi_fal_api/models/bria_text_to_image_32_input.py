from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.bria_text_to_image_32_input_aspect_ratio import (
    BriaTextToImage32InputAspectRatio,
    check_bria_text_to_image_32_input_aspect_ratio,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .bria_text_to_image_32_output import BriaTextToImage32Output  # noqa: F401


T = TypeVar("T", bound="BriaTextToImage32Input")


@_attrs_define
class BriaTextToImage32Input(
    FalInput["BriaTextToImage32Output"], endpoint="bria/text-to-image/3.2"
):
    """Input of `bria/text-to-image/3.2` (text-to-image). fal no longer lists this endpoint."""

    prompt: str
    """Prompt: string."""
    num_inference_steps: int | Unset = UNSET
    """Num Inference Steps: integer, 20 to 50. Server default: 30."""
    seed: int | Unset = UNSET
    """Seed: integer. Server default: 5555."""
    aspect_ratio: BriaTextToImage32InputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", ... (9
    values). Server default: "1:1"."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: "Logo,Watermark,Ugly,Morbid,Extra fingers,Poorly
    drawn hands,Mutation,Blurry,Extra limbs,Gross proportions,Missing arms,Mutated hands,Long
    neck,Duplicate,Mutilated,Mutilated hands,Poorly drawn face,Deformed,Bad anatomy,Cloned
    face,Malformed limbs,Missing legs,Too many fingers"."""
    guidance_scale: float | Unset = UNSET
    """Guidance Scale: number, 1 to 10. Server default: 5."""
    truncate_prompt: bool | Unset = UNSET
    """Truncate Prompt: boolean. Server default: true."""
    prompt_enhancer: bool | Unset = UNSET
    """Prompt Enhancer: boolean. Server default: true."""
    sync_mode: bool | Unset = UNSET
    """Sync Mode: boolean. Server default: false."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        num_inference_steps = self.num_inference_steps

        seed = self.seed

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        negative_prompt = self.negative_prompt

        guidance_scale = self.guidance_scale

        truncate_prompt = self.truncate_prompt

        prompt_enhancer = self.prompt_enhancer

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if seed is not UNSET:
            field_dict["seed"] = seed
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if truncate_prompt is not UNSET:
            field_dict["truncate_prompt"] = truncate_prompt
        if prompt_enhancer is not UNSET:
            field_dict["prompt_enhancer"] = prompt_enhancer
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        seed = d.pop("seed", UNSET)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: BriaTextToImage32InputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_bria_text_to_image_32_input_aspect_ratio(_aspect_ratio)

        negative_prompt = d.pop("negative_prompt", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        truncate_prompt = d.pop("truncate_prompt", UNSET)

        prompt_enhancer = d.pop("prompt_enhancer", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        bria_text_to_image_32_input = cls(
            prompt=prompt,
            num_inference_steps=num_inference_steps,
            seed=seed,
            aspect_ratio=aspect_ratio,
            negative_prompt=negative_prompt,
            guidance_scale=guidance_scale,
            truncate_prompt=truncate_prompt,
            prompt_enhancer=prompt_enhancer,
            sync_mode=sync_mode,
        )

        return bria_text_to_image_32_input

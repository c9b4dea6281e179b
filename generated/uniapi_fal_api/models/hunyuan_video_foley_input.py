from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .hunyuan_video_foley_output import HunyuanVideoFoleyOutput  # noqa: F401


T = TypeVar("T", bound="HunyuanVideoFoleyInput")


@_attrs_define
class HunyuanVideoFoleyInput(
    FalInput["HunyuanVideoFoleyOutput"], endpoint="fal-ai/hunyuan-video-foley"
):
    """Input of `fal-ai/hunyuan-video-foley` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    text_prompt: str
    """String."""
    video_url: str
    """URL or local file."""
    guidance_scale: float | Unset = UNSET
    """Number. Server default: 4.5."""
    negative_prompt: str | Unset = UNSET
    """String. Server default: "noisy, harsh"."""
    num_inference_steps: float | Unset = UNSET
    """Number. Server default: 50."""
    seed: float | Unset = UNSET
    """Number."""

    def to_dict(self) -> dict[str, Any]:
        text_prompt = self.text_prompt

        video_url = self.video_url

        guidance_scale = self.guidance_scale

        negative_prompt = self.negative_prompt

        num_inference_steps = self.num_inference_steps

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "text_prompt": text_prompt,
                "video_url": video_url,
            }
        )
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text_prompt = d.pop("text_prompt")

        video_url = d.pop("video_url")

        guidance_scale = d.pop("guidance_scale", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        seed = d.pop("seed", UNSET)

        hunyuan_video_foley_input = cls(
            text_prompt=text_prompt,
            video_url=video_url,
            guidance_scale=guidance_scale,
            negative_prompt=negative_prompt,
            num_inference_steps=num_inference_steps,
            seed=seed,
        )

        return hunyuan_video_foley_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .ovi_image_to_video_output import OviImageToVideoOutput  # noqa: F401


T = TypeVar("T", bound="OviImageToVideoInput")


@_attrs_define
class OviImageToVideoInput(FalInput["OviImageToVideoOutput"], endpoint="fal-ai/ovi/image-to-video"):
    """Input of `fal-ai/ovi/image-to-video` (image-to-video)."""

    prompt: str
    """Prompt: string."""
    image_url: str
    """Image Url: string."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: "jitter, bad hands, blur, distortion"."""
    num_inference_steps: int | Unset = UNSET
    """Num Inference Steps: integer, 1 to 50. Server default: 30."""
    audio_negative_prompt: str | Unset = UNSET
    """Audio Negative Prompt: string. Server default: "robotic, muffled, echo, distorted"."""
    seed: int | None | Unset = UNSET
    """Seed: integer or None."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        image_url = self.image_url

        negative_prompt = self.negative_prompt

        num_inference_steps = self.num_inference_steps

        audio_negative_prompt = self.audio_negative_prompt

        seed: int | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "image_url": image_url,
            }
        )
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if audio_negative_prompt is not UNSET:
            field_dict["audio_negative_prompt"] = audio_negative_prompt
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        image_url = d.pop("image_url")

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        audio_negative_prompt = d.pop("audio_negative_prompt", UNSET)

        def _parse_seed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        seed = _parse_seed(d.pop("seed", UNSET))

        ovi_image_to_video_input = cls(
            prompt=prompt,
            image_url=image_url,
            negative_prompt=negative_prompt,
            num_inference_steps=num_inference_steps,
            audio_negative_prompt=audio_negative_prompt,
            seed=seed,
        )

        return ovi_image_to_video_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .hunyuan_video_img_2_vid_lora_output import HunyuanVideoImg2VidLoraOutput  # noqa: F401


T = TypeVar("T", bound="HunyuanVideoImg2VidLoraInput")


@_attrs_define
class HunyuanVideoImg2VidLoraInput(
    FalInput["HunyuanVideoImg2VidLoraOutput"], endpoint="fal-ai/hunyuan-video-img2vid-lora"
):
    """Input of `fal-ai/hunyuan-video-img2vid-lora` (image-to-video). fal no longer lists this endpoint."""

    prompt: str
    """Prompt: string."""
    image_url: str
    """Image URL: string."""
    seed: int | Unset = UNSET
    """Seed: integer."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        image_url = self.image_url

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "image_url": image_url,
            }
        )
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        image_url = d.pop("image_url")

        seed = d.pop("seed", UNSET)

        hunyuan_video_img_2_vid_lora_input = cls(
            prompt=prompt,
            image_url=image_url,
            seed=seed,
        )

        return hunyuan_video_img_2_vid_lora_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .thinksound_output import ThinksoundOutput  # noqa: F401


T = TypeVar("T", bound="ThinksoundInput")


@_attrs_define
class ThinksoundInput(FalInput["ThinksoundOutput"], endpoint="fal-ai/thinksound"):
    """Input of `fal-ai/thinksound` (video-to-video)."""

    video_url: str
    """Video Url: string."""
    prompt: str | Unset = UNSET
    """Prompt: string. Server default: ""."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    num_inference_steps: int | Unset = UNSET
    """Number of Inference Steps: integer, 2 to 100. Server default: 24."""
    cfg_scale: float | Unset = UNSET
    """CFG Scale: number, 1 to 20. Server default: 5."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        prompt = self.prompt

        seed = self.seed

        num_inference_steps = self.num_inference_steps

        cfg_scale = self.cfg_scale

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if seed is not UNSET:
            field_dict["seed"] = seed
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if cfg_scale is not UNSET:
            field_dict["cfg_scale"] = cfg_scale

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        prompt = d.pop("prompt", UNSET)

        seed = d.pop("seed", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        cfg_scale = d.pop("cfg_scale", UNSET)

        thinksound_input = cls(
            video_url=video_url,
            prompt=prompt,
            seed=seed,
            num_inference_steps=num_inference_steps,
            cfg_scale=cfg_scale,
        )

        return thinksound_input

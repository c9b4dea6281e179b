from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .mmaudio_v2_output import MmaudioV2Output  # noqa: F401


T = TypeVar("T", bound="MmaudioV2Input")


@_attrs_define
class MmaudioV2Input(FalInput["MmaudioV2Output"], endpoint="fal-ai/mmaudio-v2"):
    """Input of `fal-ai/mmaudio-v2` (video-to-video)."""

    video_url: str
    """Video Url: string."""
    prompt: str
    """Prompt: string."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: ""."""
    seed: int | Unset = UNSET
    """Seed: integer, 0 to 65,535."""
    num_steps: int | Unset = UNSET
    """Num Steps: integer, 4 to 50. Server default: 25."""
    duration: float | Unset = UNSET
    """Duration: number, 1 to 30. Server default: 8."""
    cfg_strength: float | Unset = UNSET
    """Cfg Strength: number, 0 to 20. Server default: 4.5."""
    mask_away_clip: bool | Unset = UNSET
    """Mask Away Clip: boolean. Server default: false."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        prompt = self.prompt

        negative_prompt = self.negative_prompt

        seed = self.seed

        num_steps = self.num_steps

        duration = self.duration

        cfg_strength = self.cfg_strength

        mask_away_clip = self.mask_away_clip

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
                "prompt": prompt,
            }
        )
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if seed is not UNSET:
            field_dict["seed"] = seed
        if num_steps is not UNSET:
            field_dict["num_steps"] = num_steps
        if duration is not UNSET:
            field_dict["duration"] = duration
        if cfg_strength is not UNSET:
            field_dict["cfg_strength"] = cfg_strength
        if mask_away_clip is not UNSET:
            field_dict["mask_away_clip"] = mask_away_clip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        prompt = d.pop("prompt")

        negative_prompt = d.pop("negative_prompt", UNSET)

        seed = d.pop("seed", UNSET)

        num_steps = d.pop("num_steps", UNSET)

        duration = d.pop("duration", UNSET)

        cfg_strength = d.pop("cfg_strength", UNSET)

        mask_away_clip = d.pop("mask_away_clip", UNSET)

        mmaudio_v2_input = cls(
            video_url=video_url,
            prompt=prompt,
            negative_prompt=negative_prompt,
            seed=seed,
            num_steps=num_steps,
            duration=duration,
            cfg_strength=cfg_strength,
            mask_away_clip=mask_away_clip,
        )

        return mmaudio_v2_input

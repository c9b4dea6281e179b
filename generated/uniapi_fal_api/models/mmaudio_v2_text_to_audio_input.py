from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .mmaudio_v2_text_to_audio_output import MmaudioV2TextToAudioOutput  # noqa: F401


T = TypeVar("T", bound="MmaudioV2TextToAudioInput")


@_attrs_define
class MmaudioV2TextToAudioInput(
    FalInput["MmaudioV2TextToAudioOutput"], endpoint="fal-ai/mmaudio-v2/text-to-audio"
):
    """Input of `fal-ai/mmaudio-v2/text-to-audio` (text-to-audio). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    cfg_strength: float | Unset = UNSET
    """Number. Server default: 4.5."""
    duration: float | Unset = UNSET
    """Number. Server default: 8."""
    mask_away_clip: bool | Unset = UNSET
    """Boolean."""
    negative_prompt: str | Unset = UNSET
    """String. Server default: ""."""
    num_steps: float | Unset = UNSET
    """Number. Server default: 25."""
    seed: float | Unset = UNSET
    """Number."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        cfg_strength = self.cfg_strength

        duration = self.duration

        mask_away_clip = self.mask_away_clip

        negative_prompt = self.negative_prompt

        num_steps = self.num_steps

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if cfg_strength is not UNSET:
            field_dict["cfg_strength"] = cfg_strength
        if duration is not UNSET:
            field_dict["duration"] = duration
        if mask_away_clip is not UNSET:
            field_dict["mask_away_clip"] = mask_away_clip
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if num_steps is not UNSET:
            field_dict["num_steps"] = num_steps
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        cfg_strength = d.pop("cfg_strength", UNSET)

        duration = d.pop("duration", UNSET)

        mask_away_clip = d.pop("mask_away_clip", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_steps = d.pop("num_steps", UNSET)

        seed = d.pop("seed", UNSET)

        mmaudio_v2_text_to_audio_input = cls(
            prompt=prompt,
            cfg_strength=cfg_strength,
            duration=duration,
            mask_away_clip=mask_away_clip,
            negative_prompt=negative_prompt,
            num_steps=num_steps,
            seed=seed,
        )

        return mmaudio_v2_text_to_audio_input

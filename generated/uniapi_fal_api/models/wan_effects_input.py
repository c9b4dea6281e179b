from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.wan_effects_input_aspect_ratio import (
    WanEffectsInputAspectRatio,
    check_wan_effects_input_aspect_ratio,
)
from ..models.wan_effects_input_effect_type import (
    WanEffectsInputEffectType,
    check_wan_effects_input_effect_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .wan_effects_output import WanEffectsOutput  # noqa: F401


T = TypeVar("T", bound="WanEffectsInput")


@_attrs_define
class WanEffectsInput(FalInput["WanEffectsOutput"], endpoint="fal-ai/wan-effects"):
    """Input of `fal-ai/wan-effects` (image-to-video)."""

    subject: str
    """Subject: string."""
    image_url: str
    """Image URL: string."""
    effect_type: WanEffectsInputEffectType | Unset = UNSET
    """Effect Type: one of "squish", "muscle", "inflate", "crush", "rotate", "gun-shooting",
    "deflate", "cakeify", ... (43 values). Server default: "cakeify"."""
    num_frames: int | Unset = UNSET
    """Num Frames: integer, 81 to 100. Server default: 81."""
    frames_per_second: int | Unset = UNSET
    """Frames Per Second: integer, 5 to 24. Server default: 16."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    aspect_ratio: WanEffectsInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "16:9", "9:16", "1:1". Server default: "16:9"."""
    num_inference_steps: int | Unset = UNSET
    """Num Inference Steps: integer, 2 to 40. Server default: 30."""
    lora_scale: float | Unset = UNSET
    """Lora Scale: number, 0.1 to 2. Server default: 1."""
    turbo_mode: bool | Unset = UNSET
    """Turbo Mode: boolean. Server default: false."""

    def to_dict(self) -> dict[str, Any]:
        subject = self.subject

        image_url = self.image_url

        effect_type: str | Unset = UNSET
        if not isinstance(self.effect_type, Unset):
            effect_type = self.effect_type

        num_frames = self.num_frames

        frames_per_second = self.frames_per_second

        seed = self.seed

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        num_inference_steps = self.num_inference_steps

        lora_scale = self.lora_scale

        turbo_mode = self.turbo_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "subject": subject,
                "image_url": image_url,
            }
        )
        if effect_type is not UNSET:
            field_dict["effect_type"] = effect_type
        if num_frames is not UNSET:
            field_dict["num_frames"] = num_frames
        if frames_per_second is not UNSET:
            field_dict["frames_per_second"] = frames_per_second
        if seed is not UNSET:
            field_dict["seed"] = seed
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if lora_scale is not UNSET:
            field_dict["lora_scale"] = lora_scale
        if turbo_mode is not UNSET:
            field_dict["turbo_mode"] = turbo_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subject = d.pop("subject")

        image_url = d.pop("image_url")

        _effect_type = d.pop("effect_type", UNSET)
        effect_type: WanEffectsInputEffectType | Unset
        if isinstance(_effect_type, Unset):
            effect_type = UNSET
        else:
            effect_type = check_wan_effects_input_effect_type(_effect_type)

        num_frames = d.pop("num_frames", UNSET)

        frames_per_second = d.pop("frames_per_second", UNSET)

        seed = d.pop("seed", UNSET)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: WanEffectsInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_wan_effects_input_aspect_ratio(_aspect_ratio)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        lora_scale = d.pop("lora_scale", UNSET)

        turbo_mode = d.pop("turbo_mode", UNSET)

        wan_effects_input = cls(
            subject=subject,
            image_url=image_url,
            effect_type=effect_type,
            num_frames=num_frames,
            frames_per_second=frames_per_second,
            seed=seed,
            aspect_ratio=aspect_ratio,
            num_inference_steps=num_inference_steps,
            lora_scale=lora_scale,
            turbo_mode=turbo_mode,
        )

        return wan_effects_input

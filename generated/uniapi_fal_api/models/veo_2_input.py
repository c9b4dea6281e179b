from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.veo_2_input_aspect_ratio import (
    Veo2InputAspectRatio,
    check_veo_2_input_aspect_ratio,
)
from ..models.veo_2_input_duration import Veo2InputDuration, check_veo_2_input_duration
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .veo_2_output import Veo2Output  # noqa: F401


T = TypeVar("T", bound="Veo2Input")


@_attrs_define
class Veo2Input(FalInput["Veo2Output"], endpoint="fal-ai/veo2"):
    """Input of `fal-ai/veo2` (text-to-video). fal no longer lists this endpoint."""

    prompt: str
    """Prompt: string, at least 1 character."""
    aspect_ratio: Veo2InputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "16:9", "9:16". Server default: "16:9"."""
    duration: Veo2InputDuration | Unset = UNSET
    """Duration: one of "5s", "6s", "7s", "8s". Server default: "5s"."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string."""
    enhance_prompt: bool | Unset = UNSET
    """Enhance Prompt: boolean. Server default: true."""
    seed: int | Unset = UNSET
    """Seed: integer."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        negative_prompt = self.negative_prompt

        enhance_prompt = self.enhance_prompt

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if duration is not UNSET:
            field_dict["duration"] = duration
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if enhance_prompt is not UNSET:
            field_dict["enhance_prompt"] = enhance_prompt
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Veo2InputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_veo_2_input_aspect_ratio(_aspect_ratio)

        _duration = d.pop("duration", UNSET)
        duration: Veo2InputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_veo_2_input_duration(_duration)

        negative_prompt = d.pop("negative_prompt", UNSET)

        enhance_prompt = d.pop("enhance_prompt", UNSET)

        seed = d.pop("seed", UNSET)

        veo_2_input = cls(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            duration=duration,
            negative_prompt=negative_prompt,
            enhance_prompt=enhance_prompt,
            seed=seed,
        )

        return veo_2_input

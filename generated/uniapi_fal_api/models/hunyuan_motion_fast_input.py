from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.hunyuan_motion_fast_input_output_format import (
    HunyuanMotionFastInputOutputFormat,
    check_hunyuan_motion_fast_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .hunyuan_motion_fast_output import HunyuanMotionFastOutput  # noqa: F401


T = TypeVar("T", bound="HunyuanMotionFastInput")


@_attrs_define
class HunyuanMotionFastInput(
    FalInput["HunyuanMotionFastOutput"], endpoint="fal-ai/hunyuan-motion/fast"
):
    """Input of `fal-ai/hunyuan-motion/fast` (text-to-3d)."""

    prompt: str
    """Prompt: string."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    duration: float | Unset = UNSET
    """Duration: number, 0.5 to 12. Server default: 5."""
    guidance_scale: float | Unset = UNSET
    """Guidance Scale: number, 1 to 10. Server default: 5."""
    output_format: HunyuanMotionFastInputOutputFormat | Unset = UNSET
    """Output Format: one of "fbx", "dict". Server default: "fbx"."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        seed = self.seed

        duration = self.duration

        guidance_scale = self.guidance_scale

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if seed is not UNSET:
            field_dict["seed"] = seed
        if duration is not UNSET:
            field_dict["duration"] = duration
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if output_format is not UNSET:
            field_dict["output_format"] = output_format

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        seed = d.pop("seed", UNSET)

        duration = d.pop("duration", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: HunyuanMotionFastInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_hunyuan_motion_fast_input_output_format(_output_format)

        hunyuan_motion_fast_input = cls(
            prompt=prompt,
            seed=seed,
            duration=duration,
            guidance_scale=guidance_scale,
            output_format=output_format,
        )

        return hunyuan_motion_fast_input

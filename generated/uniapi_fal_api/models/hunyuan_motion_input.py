from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.hunyuan_motion_input_output_format import (
    HunyuanMotionInputOutputFormat,
    check_hunyuan_motion_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .hunyuan_motion_output import HunyuanMotionOutput  # noqa: F401


T = TypeVar("T", bound="HunyuanMotionInput")


@_attrs_define
class HunyuanMotionInput(FalInput["HunyuanMotionOutput"], endpoint="fal-ai/hunyuan-motion"):
    """Input of `fal-ai/hunyuan-motion` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    duration: float | Unset = UNSET
    """Number. Server default: 5."""
    guidance_scale: float | Unset = UNSET
    """Number. Server default: 5."""
    output_format: HunyuanMotionInputOutputFormat | Unset = UNSET
    """One of "fbx", "dict". Server default: "fbx"."""
    seed: float | Unset = UNSET
    """Number."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        duration = self.duration

        guidance_scale = self.guidance_scale

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        duration = d.pop("duration", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: HunyuanMotionInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_hunyuan_motion_input_output_format(_output_format)

        seed = d.pop("seed", UNSET)

        hunyuan_motion_input = cls(
            prompt=prompt,
            duration=duration,
            guidance_scale=guidance_scale,
            output_format=output_format,
            seed=seed,
        )

        return hunyuan_motion_input

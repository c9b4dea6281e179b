from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.sensenova_u1_infographic_input_aspect_ratio import (
    SensenovaU1InfographicInputAspectRatio,
    check_sensenova_u1_infographic_input_aspect_ratio,
)
from ..models.sensenova_u1_infographic_input_output_format import (
    SensenovaU1InfographicInputOutputFormat,
    check_sensenova_u1_infographic_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .sensenova_u1_infographic_output import SensenovaU1InfographicOutput  # noqa: F401


T = TypeVar("T", bound="SensenovaU1InfographicInput")


@_attrs_define
class SensenovaU1InfographicInput(
    FalInput["SensenovaU1InfographicOutput"], endpoint="fal-ai/sensenova-u1-infographic"
):
    """Input of `fal-ai/sensenova-u1-infographic` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    aspect_ratio: SensenovaU1InfographicInputAspectRatio | Unset = UNSET
    """One of "1:1", "16:9", "9:16", "3:2", "2:3", "4:3", "3:4", "1:2", ... (9 values). Server
    default: "16:9"."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    guidance_scale: float | Unset = UNSET
    """Number. Server default: 4."""
    num_inference_steps: float | Unset = UNSET
    """Number. Server default: 50."""
    output_format: SensenovaU1InfographicInputOutputFormat | Unset = UNSET
    """One of "jpeg", "png". Server default: "jpeg"."""
    seed: float | Unset = UNSET
    """Number."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""
    timestep_shift: float | Unset = UNSET
    """Number. Server default: 3."""
    use_thinking: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        enable_safety_checker = self.enable_safety_checker

        guidance_scale = self.guidance_scale

        num_inference_steps = self.num_inference_steps

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        seed = self.seed

        sync_mode = self.sync_mode

        timestep_shift = self.timestep_shift

        use_thinking = self.use_thinking

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if seed is not UNSET:
            field_dict["seed"] = seed
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode
        if timestep_shift is not UNSET:
            field_dict["timestep_shift"] = timestep_shift
        if use_thinking is not UNSET:
            field_dict["use_thinking"] = use_thinking

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: SensenovaU1InfographicInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_sensenova_u1_infographic_input_aspect_ratio(_aspect_ratio)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: SensenovaU1InfographicInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_sensenova_u1_infographic_input_output_format(_output_format)

        seed = d.pop("seed", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        timestep_shift = d.pop("timestep_shift", UNSET)

        use_thinking = d.pop("use_thinking", UNSET)

        sensenova_u1_infographic_input = cls(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            enable_safety_checker=enable_safety_checker,
            guidance_scale=guidance_scale,
            num_inference_steps=num_inference_steps,
            output_format=output_format,
            seed=seed,
            sync_mode=sync_mode,
            timestep_shift=timestep_shift,
            use_thinking=use_thinking,
        )

        return sensenova_u1_infographic_input

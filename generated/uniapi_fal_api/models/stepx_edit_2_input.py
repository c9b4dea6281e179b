from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.stepx_edit_2_input_output_format import (
    StepxEdit2InputOutputFormat,
    check_stepx_edit_2_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .stepx_edit_2_output import StepxEdit2Output  # noqa: F401


T = TypeVar("T", bound="StepxEdit2Input")


@_attrs_define
class StepxEdit2Input(FalInput["StepxEdit2Output"], endpoint="fal-ai/stepx-edit2"):
    """Input of `fal-ai/stepx-edit2` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript types):
    types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    prompt: str
    """String."""
    enable_reflection_mode: bool | Unset = UNSET
    """Boolean. Server default: true."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    enable_thinking_mode: bool | Unset = UNSET
    """Boolean. Server default: true."""
    guidance_scale: float | Unset = UNSET
    """Number. Server default: 6."""
    negative_prompt: str | Unset = UNSET
    """String. Server default: ""."""
    num_inference_steps: float | Unset = UNSET
    """Number. Server default: 50."""
    output_format: StepxEdit2InputOutputFormat | Unset = UNSET
    """One of "jpeg", "png". Server default: "jpeg"."""
    seed: float | Unset = UNSET
    """Number."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        prompt = self.prompt

        enable_reflection_mode = self.enable_reflection_mode

        enable_safety_checker = self.enable_safety_checker

        enable_thinking_mode = self.enable_thinking_mode

        guidance_scale = self.guidance_scale

        negative_prompt = self.negative_prompt

        num_inference_steps = self.num_inference_steps

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        seed = self.seed

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        if enable_reflection_mode is not UNSET:
            field_dict["enable_reflection_mode"] = enable_reflection_mode
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if enable_thinking_mode is not UNSET:
            field_dict["enable_thinking_mode"] = enable_thinking_mode
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if seed is not UNSET:
            field_dict["seed"] = seed
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        prompt = d.pop("prompt")

        enable_reflection_mode = d.pop("enable_reflection_mode", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        enable_thinking_mode = d.pop("enable_thinking_mode", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: StepxEdit2InputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_stepx_edit_2_input_output_format(_output_format)

        seed = d.pop("seed", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        stepx_edit_2_input = cls(
            image_url=image_url,
            prompt=prompt,
            enable_reflection_mode=enable_reflection_mode,
            enable_safety_checker=enable_safety_checker,
            enable_thinking_mode=enable_thinking_mode,
            guidance_scale=guidance_scale,
            negative_prompt=negative_prompt,
            num_inference_steps=num_inference_steps,
            output_format=output_format,
            seed=seed,
            sync_mode=sync_mode,
        )

        return stepx_edit_2_input

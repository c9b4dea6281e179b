from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.switti_input_output_format import (
    SwittiInputOutputFormat,
    check_switti_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .switti_output import SwittiOutput  # noqa: F401


T = TypeVar("T", bound="SwittiInput")


@_attrs_define
class SwittiInput(FalInput["SwittiOutput"], endpoint="fal-ai/switti"):
    """Input of `fal-ai/switti` (text-to-image). fal no longer lists this endpoint."""

    prompt: str
    """Prompt: string."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: ""."""
    sampling_top_k: int | Unset = UNSET
    """Sampling Top-k: integer, 10 to 1,000. Server default: 400."""
    sampling_top_p: float | Unset = UNSET
    """Sampling Top-p: number, 0.1 to 1. Server default: 0.95."""
    more_smooth: bool | Unset = UNSET
    """More Smooth: boolean. Server default: true."""
    more_diverse: bool | Unset = UNSET
    """More Diverse: boolean. Server default: false."""
    smooth_start_si: int | Unset = UNSET
    """Smoothing starting scale: integer, 0 to 10. Server default: 2."""
    turn_off_cfg_start_si: int | Unset = UNSET
    """Disable CFG starting scale: integer, 0 to 10. Server default: 8."""
    last_scale_temp: float | Unset = UNSET
    """Temperature after disabling CFG: number, 0.1 to 10. Server default: 0.1."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    guidance_scale: float | Unset = UNSET
    """Guidance scale (CFG): number, 0 to 20. Server default: 6."""
    sync_mode: bool | Unset = UNSET
    """Sync Mode: boolean. Server default: false."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: true."""
    output_format: SwittiInputOutputFormat | Unset = UNSET
    """Output Format: one of "jpeg", "png". Server default: "jpeg"."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        negative_prompt = self.negative_prompt

        sampling_top_k = self.sampling_top_k

        sampling_top_p = self.sampling_top_p

        more_smooth = self.more_smooth

        more_diverse = self.more_diverse

        smooth_start_si = self.smooth_start_si

        turn_off_cfg_start_si = self.turn_off_cfg_start_si

        last_scale_temp = self.last_scale_temp

        seed = self.seed

        guidance_scale = self.guidance_scale

        sync_mode = self.sync_mode

        enable_safety_checker = self.enable_safety_checker

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if sampling_top_k is not UNSET:
            field_dict["sampling_top_k"] = sampling_top_k
        if sampling_top_p is not UNSET:
            field_dict["sampling_top_p"] = sampling_top_p
        if more_smooth is not UNSET:
            field_dict["more_smooth"] = more_smooth
        if more_diverse is not UNSET:
            field_dict["more_diverse"] = more_diverse
        if smooth_start_si is not UNSET:
            field_dict["smooth_start_si"] = smooth_start_si
        if turn_off_cfg_start_si is not UNSET:
            field_dict["turn_off_cfg_start_si"] = turn_off_cfg_start_si
        if last_scale_temp is not UNSET:
            field_dict["last_scale_temp"] = last_scale_temp
        if seed is not UNSET:
            field_dict["seed"] = seed
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if output_format is not UNSET:
            field_dict["output_format"] = output_format

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        negative_prompt = d.pop("negative_prompt", UNSET)

        sampling_top_k = d.pop("sampling_top_k", UNSET)

        sampling_top_p = d.pop("sampling_top_p", UNSET)

        more_smooth = d.pop("more_smooth", UNSET)

        more_diverse = d.pop("more_diverse", UNSET)

        smooth_start_si = d.pop("smooth_start_si", UNSET)

        turn_off_cfg_start_si = d.pop("turn_off_cfg_start_si", UNSET)

        last_scale_temp = d.pop("last_scale_temp", UNSET)

        seed = d.pop("seed", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: SwittiInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_switti_input_output_format(_output_format)

        switti_input = cls(
            prompt=prompt,
            negative_prompt=negative_prompt,
            sampling_top_k=sampling_top_k,
            sampling_top_p=sampling_top_p,
            more_smooth=more_smooth,
            more_diverse=more_diverse,
            smooth_start_si=smooth_start_si,
            turn_off_cfg_start_si=turn_off_cfg_start_si,
            last_scale_temp=last_scale_temp,
            seed=seed,
            guidance_scale=guidance_scale,
            sync_mode=sync_mode,
            enable_safety_checker=enable_safety_checker,
            output_format=output_format,
        )

        return switti_input

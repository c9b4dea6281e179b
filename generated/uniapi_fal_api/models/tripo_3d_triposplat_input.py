from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.tripo_3d_triposplat_input_output_format import (
    Tripo3DTriposplatInputOutputFormat,
    check_tripo_3d_triposplat_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .tripo_3d_triposplat_output import Tripo3DTriposplatOutput  # noqa: F401


T = TypeVar("T", bound="Tripo3DTriposplatInput")


@_attrs_define
class Tripo3DTriposplatInput(FalInput["Tripo3DTriposplatOutput"], endpoint="tripo3d/triposplat"):
    """Input of `tripo3d/triposplat` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript types):
    types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    guidance_scale: float | Unset = UNSET
    """Number. Server default: 3."""
    num_gaussians: float | Unset = UNSET
    """Number. Server default: 262144."""
    num_inference_steps: float | Unset = UNSET
    """Number. Server default: 20."""
    output_format: Tripo3DTriposplatInputOutputFormat | Unset = UNSET
    """One of "ply", "splat". Server default: "ply"."""
    seed: float | Unset = UNSET
    """Number."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        enable_safety_checker = self.enable_safety_checker

        guidance_scale = self.guidance_scale

        num_gaussians = self.num_gaussians

        num_inference_steps = self.num_inference_steps

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if num_gaussians is not UNSET:
            field_dict["num_gaussians"] = num_gaussians
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        num_gaussians = d.pop("num_gaussians", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: Tripo3DTriposplatInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_tripo_3d_triposplat_input_output_format(_output_format)

        seed = d.pop("seed", UNSET)

        tripo_3d_triposplat_input = cls(
            image_url=image_url,
            enable_safety_checker=enable_safety_checker,
            guidance_scale=guidance_scale,
            num_gaussians=num_gaussians,
            num_inference_steps=num_inference_steps,
            output_format=output_format,
            seed=seed,
        )

        return tripo_3d_triposplat_input

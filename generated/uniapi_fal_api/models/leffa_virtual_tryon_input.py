from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.leffa_virtual_tryon_input_garment_type import (
    LeffaVirtualTryonInputGarmentType,
    check_leffa_virtual_tryon_input_garment_type,
)
from ..models.leffa_virtual_tryon_input_output_format import (
    LeffaVirtualTryonInputOutputFormat,
    check_leffa_virtual_tryon_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .leffa_virtual_tryon_output import LeffaVirtualTryonOutput  # noqa: F401


T = TypeVar("T", bound="LeffaVirtualTryonInput")


@_attrs_define
class LeffaVirtualTryonInput(
    FalInput["LeffaVirtualTryonOutput"], endpoint="fal-ai/leffa/virtual-tryon"
):
    """Input of `fal-ai/leffa/virtual-tryon` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    garment_image_url: str
    """URL or local file."""
    garment_type: LeffaVirtualTryonInputGarmentType
    """One of "upper_body", "lower_body", "dresses"."""
    human_image_url: str
    """URL or local file."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    guidance_scale: float | Unset = UNSET
    """Number. Server default: 2.5."""
    num_inference_steps: float | Unset = UNSET
    """Number. Server default: 50."""
    output_format: LeffaVirtualTryonInputOutputFormat | Unset = UNSET
    """One of "jpeg", "png". Server default: "png"."""
    seed: float | Unset = UNSET
    """Number."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        garment_image_url = self.garment_image_url

        garment_type: str = self.garment_type

        human_image_url = self.human_image_url

        enable_safety_checker = self.enable_safety_checker

        guidance_scale = self.guidance_scale

        num_inference_steps = self.num_inference_steps

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        seed = self.seed

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "garment_image_url": garment_image_url,
                "garment_type": garment_type,
                "human_image_url": human_image_url,
            }
        )
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        garment_image_url = d.pop("garment_image_url")

        garment_type = check_leffa_virtual_tryon_input_garment_type(d.pop("garment_type"))

        human_image_url = d.pop("human_image_url")

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: LeffaVirtualTryonInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_leffa_virtual_tryon_input_output_format(_output_format)

        seed = d.pop("seed", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        leffa_virtual_tryon_input = cls(
            garment_image_url=garment_image_url,
            garment_type=garment_type,
            human_image_url=human_image_url,
            enable_safety_checker=enable_safety_checker,
            guidance_scale=guidance_scale,
            num_inference_steps=num_inference_steps,
            output_format=output_format,
            seed=seed,
            sync_mode=sync_mode,
        )

        return leffa_virtual_tryon_input

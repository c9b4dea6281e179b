from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .cartoonify_output import CartoonifyOutput  # noqa: F401


T = TypeVar("T", bound="CartoonifyInput")


@_attrs_define
class CartoonifyInput(FalInput["CartoonifyOutput"], endpoint="fal-ai/cartoonify"):
    """Input of `fal-ai/cartoonify` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript types):
    types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    guidance_scale: float | Unset = UNSET
    """Number. Server default: 3.5."""
    num_inference_steps: float | Unset = UNSET
    """Number. Server default: 28."""
    scale: float | Unset = UNSET
    """Number. Server default: 1."""
    seed: float | Unset = UNSET
    """Number."""
    use_cfg_zero: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        enable_safety_checker = self.enable_safety_checker

        guidance_scale = self.guidance_scale

        num_inference_steps = self.num_inference_steps

        scale = self.scale

        seed = self.seed

        use_cfg_zero = self.use_cfg_zero

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
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if scale is not UNSET:
            field_dict["scale"] = scale
        if seed is not UNSET:
            field_dict["seed"] = seed
        if use_cfg_zero is not UNSET:
            field_dict["use_cfg_zero"] = use_cfg_zero

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        scale = d.pop("scale", UNSET)

        seed = d.pop("seed", UNSET)

        use_cfg_zero = d.pop("use_cfg_zero", UNSET)

        cartoonify_input = cls(
            image_url=image_url,
            enable_safety_checker=enable_safety_checker,
            guidance_scale=guidance_scale,
            num_inference_steps=num_inference_steps,
            scale=scale,
            seed=seed,
            use_cfg_zero=use_cfg_zero,
        )

        return cartoonify_input

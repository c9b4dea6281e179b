from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.wan_v22a14b_image_to_image_input_acceleration import (
    WanV22A14BImageToImageInputAcceleration,
    check_wan_v22a14b_image_to_image_input_acceleration,
)
from ..models.wan_v22a14b_image_to_image_input_aspect_ratio import (
    WanV22A14BImageToImageInputAspectRatio,
    check_wan_v22a14b_image_to_image_input_aspect_ratio,
)
from ..models.wan_v22a14b_image_to_image_input_image_format import (
    WanV22A14BImageToImageInputImageFormat,
    check_wan_v22a14b_image_to_image_input_image_format,
)
from ..models.wan_v22a14b_image_to_image_input_image_size_type_1 import (
    WanV22A14BImageToImageInputImageSizeType1,
    check_wan_v22a14b_image_to_image_input_image_size_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size_v9a3dff import ImageSizeV9A3DFF
    from .wan_v22a14b_image_to_image_output import WanV22A14BImageToImageOutput  # noqa: F401


T = TypeVar("T", bound="WanV22A14BImageToImageInput")


@_attrs_define
class WanV22A14BImageToImageInput(
    FalInput["WanV22A14BImageToImageOutput"], endpoint="fal-ai/wan/v2.2-a14b/image-to-image"
):
    """Input of `fal-ai/wan/v2.2-a14b/image-to-image` (image-to-image). fal publishes no constraints for it (it comes from
    fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    prompt: str
    """String."""
    acceleration: WanV22A14BImageToImageInputAcceleration | Unset = UNSET
    """One of "none", "regular". Server default: "regular"."""
    aspect_ratio: WanV22A14BImageToImageInputAspectRatio | Unset = UNSET
    """One of "auto", "16:9", "9:16", "1:1". Server default: "auto"."""
    enable_output_safety_checker: bool | Unset = UNSET
    """Boolean."""
    enable_prompt_expansion: bool | Unset = UNSET
    """Boolean."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean."""
    guidance_scale: float | Unset = UNSET
    """Number. Server default: 3.5."""
    guidance_scale_2: float | Unset = UNSET
    """Number. Server default: 4."""
    image_format: WanV22A14BImageToImageInputImageFormat | Unset = UNSET
    """One of "png", "jpeg". Server default: "jpeg"."""
    image_size: ImageSizeV9A3DFF | Unset | WanV22A14BImageToImageInputImageSizeType1 = UNSET
    """ImageSizeV9A3DFF or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9"."""
    negative_prompt: str | Unset = UNSET
    """String. Server default: ""."""
    num_inference_steps: float | Unset = UNSET
    """Number. Server default: 27."""
    seed: float | Unset = UNSET
    """Number."""
    shift: float | Unset = UNSET
    """Number. Server default: 2."""
    strength: float | Unset = UNSET
    """Number. Server default: 0.5."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415

        image_url = self.image_url

        prompt = self.prompt

        acceleration: str | Unset = UNSET
        if not isinstance(self.acceleration, Unset):
            acceleration = self.acceleration

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        enable_output_safety_checker = self.enable_output_safety_checker

        enable_prompt_expansion = self.enable_prompt_expansion

        enable_safety_checker = self.enable_safety_checker

        guidance_scale = self.guidance_scale

        guidance_scale_2 = self.guidance_scale_2

        image_format: str | Unset = UNSET
        if not isinstance(self.image_format, Unset):
            image_format = self.image_format

        image_size: dict[str, Any] | str | Unset
        if isinstance(self.image_size, Unset):
            image_size = UNSET
        elif isinstance(self.image_size, ImageSizeV9A3DFF):
            image_size = self.image_size.to_dict()
        else:
            image_size = self.image_size

        negative_prompt = self.negative_prompt

        num_inference_steps = self.num_inference_steps

        seed = self.seed

        shift = self.shift

        strength = self.strength

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        if acceleration is not UNSET:
            field_dict["acceleration"] = acceleration
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if enable_output_safety_checker is not UNSET:
            field_dict["enable_output_safety_checker"] = enable_output_safety_checker
        if enable_prompt_expansion is not UNSET:
            field_dict["enable_prompt_expansion"] = enable_prompt_expansion
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if guidance_scale_2 is not UNSET:
            field_dict["guidance_scale_2"] = guidance_scale_2
        if image_format is not UNSET:
            field_dict["image_format"] = image_format
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if seed is not UNSET:
            field_dict["seed"] = seed
        if shift is not UNSET:
            field_dict["shift"] = shift
        if strength is not UNSET:
            field_dict["strength"] = strength

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415

        d = dict(src_dict)
        image_url = d.pop("image_url")

        prompt = d.pop("prompt")

        _acceleration = d.pop("acceleration", UNSET)
        acceleration: WanV22A14BImageToImageInputAcceleration | Unset
        if isinstance(_acceleration, Unset):
            acceleration = UNSET
        else:
            acceleration = check_wan_v22a14b_image_to_image_input_acceleration(_acceleration)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: WanV22A14BImageToImageInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_wan_v22a14b_image_to_image_input_aspect_ratio(_aspect_ratio)

        enable_output_safety_checker = d.pop("enable_output_safety_checker", UNSET)

        enable_prompt_expansion = d.pop("enable_prompt_expansion", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        guidance_scale_2 = d.pop("guidance_scale_2", UNSET)

        _image_format = d.pop("image_format", UNSET)
        image_format: WanV22A14BImageToImageInputImageFormat | Unset
        if isinstance(_image_format, Unset):
            image_format = UNSET
        else:
            image_format = check_wan_v22a14b_image_to_image_input_image_format(_image_format)

        def _parse_image_size(
            data: object,
        ) -> ImageSizeV9A3DFF | Unset | WanV22A14BImageToImageInputImageSizeType1:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                image_size_type_0 = ImageSizeV9A3DFF.from_dict(data)

                return image_size_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            image_size_type_1 = check_wan_v22a14b_image_to_image_input_image_size_type_1(data)

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        seed = d.pop("seed", UNSET)

        shift = d.pop("shift", UNSET)

        strength = d.pop("strength", UNSET)

        wan_v22a14b_image_to_image_input = cls(
            image_url=image_url,
            prompt=prompt,
            acceleration=acceleration,
            aspect_ratio=aspect_ratio,
            enable_output_safety_checker=enable_output_safety_checker,
            enable_prompt_expansion=enable_prompt_expansion,
            enable_safety_checker=enable_safety_checker,
            guidance_scale=guidance_scale,
            guidance_scale_2=guidance_scale_2,
            image_format=image_format,
            image_size=image_size,
            negative_prompt=negative_prompt,
            num_inference_steps=num_inference_steps,
            seed=seed,
            shift=shift,
            strength=strength,
        )

        return wan_v22a14b_image_to_image_input

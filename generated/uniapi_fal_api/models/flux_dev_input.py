from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.flux_dev_input_acceleration import (
    FluxDevInputAcceleration,
    check_flux_dev_input_acceleration,
)
from ..models.flux_dev_input_image_size_type_0 import (
    FluxDevInputImageSizeType0,
    check_flux_dev_input_image_size_type_0,
)
from ..models.flux_dev_input_output_format import (
    FluxDevInputOutputFormat,
    check_flux_dev_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size import ImageSize


T = TypeVar("T", bound="FluxDevInput")


@_attrs_define
class FluxDevInput:
    prompt: str
    image_size: FluxDevInputImageSizeType0 | ImageSize | Unset = UNSET
    """ A preset name, or an explicit width and height. Server default: "landscape_4_3". """
    num_inference_steps: int | Unset = UNSET
    """ Server default: 28. """
    guidance_scale: float | Unset = UNSET
    """ Server default: 3.5. """
    seed: int | Unset = UNSET
    num_images: int | Unset = UNSET
    """ Server default: 1. """
    enable_safety_checker: bool | Unset = UNSET
    """ Server default: true. """
    output_format: FluxDevInputOutputFormat | Unset = UNSET
    """ Server default: "jpeg". """
    acceleration: FluxDevInputAcceleration | Unset = UNSET
    """ Server default: "none". """
    sync_mode: bool | Unset = UNSET
    """ Wait for the image and return it inline. Server default: false. """

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        image_size: dict[str, Any] | str | Unset
        if isinstance(self.image_size, Unset):
            image_size = UNSET
        elif isinstance(self.image_size, str):
            image_size = self.image_size
        else:
            image_size = self.image_size.to_dict()

        num_inference_steps = self.num_inference_steps

        guidance_scale = self.guidance_scale

        seed = self.seed

        num_images = self.num_images

        enable_safety_checker = self.enable_safety_checker

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        acceleration: str | Unset = UNSET
        if not isinstance(self.acceleration, Unset):
            acceleration = self.acceleration

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if seed is not UNSET:
            field_dict["seed"] = seed
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if acceleration is not UNSET:
            field_dict["acceleration"] = acceleration
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_size import ImageSize  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        def _parse_image_size(data: object) -> FluxDevInputImageSizeType0 | ImageSize | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                image_size_type_0 = check_flux_dev_input_image_size_type_0(data)

                return image_size_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            image_size_type_1 = ImageSize.from_dict(data)

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        seed = d.pop("seed", UNSET)

        num_images = d.pop("num_images", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: FluxDevInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_flux_dev_input_output_format(_output_format)

        _acceleration = d.pop("acceleration", UNSET)
        acceleration: FluxDevInputAcceleration | Unset
        if isinstance(_acceleration, Unset):
            acceleration = UNSET
        else:
            acceleration = check_flux_dev_input_acceleration(_acceleration)

        sync_mode = d.pop("sync_mode", UNSET)

        flux_dev_input = cls(
            prompt=prompt,
            image_size=image_size,
            num_inference_steps=num_inference_steps,
            guidance_scale=guidance_scale,
            seed=seed,
            num_images=num_images,
            enable_safety_checker=enable_safety_checker,
            output_format=output_format,
            acceleration=acceleration,
            sync_mode=sync_mode,
        )

        return flux_dev_input

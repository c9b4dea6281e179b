from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.flux_2_lora_gallery_multiple_angles_input_acceleration import (
    Flux2LoraGalleryMultipleAnglesInputAcceleration,
    check_flux_2_lora_gallery_multiple_angles_input_acceleration,
)
from ..models.flux_2_lora_gallery_multiple_angles_input_image_size_type_1 import (
    Flux2LoraGalleryMultipleAnglesInputImageSizeType1,
    check_flux_2_lora_gallery_multiple_angles_input_image_size_type_1,
)
from ..models.flux_2_lora_gallery_multiple_angles_input_output_format import (
    Flux2LoraGalleryMultipleAnglesInputOutputFormat,
    check_flux_2_lora_gallery_multiple_angles_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size_v9a3dff import ImageSizeV9A3DFF
    from .flux_2_lora_gallery_multiple_angles_output import (
        Flux2LoraGalleryMultipleAnglesOutput,  # noqa: F401
    )


T = TypeVar("T", bound="Flux2LoraGalleryMultipleAnglesInput")


@_attrs_define
class Flux2LoraGalleryMultipleAnglesInput(
    FalInput["Flux2LoraGalleryMultipleAnglesOutput"],
    endpoint="fal-ai/flux-2-lora-gallery/multiple-angles",
):
    """Input of `fal-ai/flux-2-lora-gallery/multiple-angles` (unknown). fal publishes no constraints for it (it comes from
    fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_urls: list[str]
    """List of string."""
    acceleration: Flux2LoraGalleryMultipleAnglesInputAcceleration | Unset = UNSET
    """One of "none", "regular". Server default: "regular"."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    guidance_scale: float | Unset = UNSET
    """Number. Server default: 2.5."""
    horizontal_angle: float | Unset = UNSET
    """Number."""
    image_size: Flux2LoraGalleryMultipleAnglesInputImageSizeType1 | ImageSizeV9A3DFF | Unset = UNSET
    """ImageSizeV9A3DFF or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9"."""
    lora_scale: float | Unset = UNSET
    """Number. Server default: 1."""
    num_images: float | Unset = UNSET
    """Number. Server default: 1."""
    num_inference_steps: float | Unset = UNSET
    """Number. Server default: 40."""
    output_format: Flux2LoraGalleryMultipleAnglesInputOutputFormat | Unset = UNSET
    """One of "png", "jpeg", "webp". Server default: "png"."""
    seed: float | Unset = UNSET
    """Number."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""
    vertical_angle: float | Unset = UNSET
    """Number."""
    zoom: float | Unset = UNSET
    """Number. Server default: 5."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415

        image_urls = self.image_urls

        acceleration: str | Unset = UNSET
        if not isinstance(self.acceleration, Unset):
            acceleration = self.acceleration

        enable_safety_checker = self.enable_safety_checker

        guidance_scale = self.guidance_scale

        horizontal_angle = self.horizontal_angle

        image_size: dict[str, Any] | str | Unset
        if isinstance(self.image_size, Unset):
            image_size = UNSET
        elif isinstance(self.image_size, ImageSizeV9A3DFF):
            image_size = self.image_size.to_dict()
        else:
            image_size = self.image_size

        lora_scale = self.lora_scale

        num_images = self.num_images

        num_inference_steps = self.num_inference_steps

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        seed = self.seed

        sync_mode = self.sync_mode

        vertical_angle = self.vertical_angle

        zoom = self.zoom

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_urls": image_urls,
            }
        )
        if acceleration is not UNSET:
            field_dict["acceleration"] = acceleration
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if horizontal_angle is not UNSET:
            field_dict["horizontal_angle"] = horizontal_angle
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if lora_scale is not UNSET:
            field_dict["lora_scale"] = lora_scale
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if seed is not UNSET:
            field_dict["seed"] = seed
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode
        if vertical_angle is not UNSET:
            field_dict["vertical_angle"] = vertical_angle
        if zoom is not UNSET:
            field_dict["zoom"] = zoom

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415

        d = dict(src_dict)
        image_urls = cast(list[str], d.pop("image_urls"))

        _acceleration = d.pop("acceleration", UNSET)
        acceleration: Flux2LoraGalleryMultipleAnglesInputAcceleration | Unset
        if isinstance(_acceleration, Unset):
            acceleration = UNSET
        else:
            acceleration = check_flux_2_lora_gallery_multiple_angles_input_acceleration(
                _acceleration
            )

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        horizontal_angle = d.pop("horizontal_angle", UNSET)

        def _parse_image_size(
            data: object,
        ) -> Flux2LoraGalleryMultipleAnglesInputImageSizeType1 | ImageSizeV9A3DFF | Unset:
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
            image_size_type_1 = check_flux_2_lora_gallery_multiple_angles_input_image_size_type_1(
                data
            )

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        lora_scale = d.pop("lora_scale", UNSET)

        num_images = d.pop("num_images", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: Flux2LoraGalleryMultipleAnglesInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_flux_2_lora_gallery_multiple_angles_input_output_format(
                _output_format
            )

        seed = d.pop("seed", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        vertical_angle = d.pop("vertical_angle", UNSET)

        zoom = d.pop("zoom", UNSET)

        flux_2_lora_gallery_multiple_angles_input = cls(
            image_urls=image_urls,
            acceleration=acceleration,
            enable_safety_checker=enable_safety_checker,
            guidance_scale=guidance_scale,
            horizontal_angle=horizontal_angle,
            image_size=image_size,
            lora_scale=lora_scale,
            num_images=num_images,
            num_inference_steps=num_inference_steps,
            output_format=output_format,
            seed=seed,
            sync_mode=sync_mode,
            vertical_angle=vertical_angle,
            zoom=zoom,
        )

        return flux_2_lora_gallery_multiple_angles_input

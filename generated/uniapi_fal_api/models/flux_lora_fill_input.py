from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.flux_lora_fill_input_acceleration import (
    FluxLoraFillInputAcceleration,
    check_flux_lora_fill_input_acceleration,
)
from ..models.flux_lora_fill_input_image_size_type_1 import (
    FluxLoraFillInputImageSizeType1,
    check_flux_lora_fill_input_image_size_type_1,
)
from ..models.flux_lora_fill_input_output_format import (
    FluxLoraFillInputOutputFormat,
    check_flux_lora_fill_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_fill_input_v58816c import ImageFillInputV58816C
    from ..models.image_size_v9a3dff import ImageSizeV9A3DFF
    from ..models.lora_weight_vf02bfb import LoraWeightVF02BFB
    from .flux_lora_fill_output import FluxLoraFillOutput  # noqa: F401


T = TypeVar("T", bound="FluxLoraFillInput")


@_attrs_define
class FluxLoraFillInput(FalInput["FluxLoraFillOutput"], endpoint="fal-ai/flux-lora-fill"):
    """Input of `fal-ai/flux-lora-fill` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    mask_url: str
    """URL or local file."""
    acceleration: FluxLoraFillInputAcceleration | Unset = UNSET
    """One of "none", "regular". Server default: "none"."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    fill_image: ImageFillInputV58816C | Unset = UNSET
    """ImageFillInputV58816C."""
    guidance_scale: float | Unset = UNSET
    """Number. Server default: 30."""
    image_size: FluxLoraFillInputImageSizeType1 | ImageSizeV9A3DFF | Unset = UNSET
    """ImageSizeV9A3DFF or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9"."""
    loras: list[LoraWeightVF02BFB] | Unset = UNSET
    """List of LoraWeightVF02BFB."""
    num_images: float | Unset = UNSET
    """Number. Server default: 1."""
    num_inference_steps: float | Unset = UNSET
    """Number. Server default: 28."""
    output_format: FluxLoraFillInputOutputFormat | Unset = UNSET
    """One of "jpeg", "png". Server default: "jpeg"."""
    paste_back: bool | Unset = UNSET
    """Boolean. Server default: true."""
    prompt: str | Unset = UNSET
    """String. Server default: ""."""
    resize_to_original: bool | Unset = UNSET
    """Boolean."""
    seed: float | Unset = UNSET
    """Number."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415

        image_url = self.image_url

        mask_url = self.mask_url

        acceleration: str | Unset = UNSET
        if not isinstance(self.acceleration, Unset):
            acceleration = self.acceleration

        enable_safety_checker = self.enable_safety_checker

        fill_image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fill_image, Unset):
            fill_image = self.fill_image.to_dict()

        guidance_scale = self.guidance_scale

        image_size: dict[str, Any] | str | Unset
        if isinstance(self.image_size, Unset):
            image_size = UNSET
        elif isinstance(self.image_size, ImageSizeV9A3DFF):
            image_size = self.image_size.to_dict()
        else:
            image_size = self.image_size

        loras: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.loras, Unset):
            loras = []
            for loras_item_data in self.loras:
                loras_item = loras_item_data.to_dict()
                loras.append(loras_item)

        num_images = self.num_images

        num_inference_steps = self.num_inference_steps

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        paste_back = self.paste_back

        prompt = self.prompt

        resize_to_original = self.resize_to_original

        seed = self.seed

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "mask_url": mask_url,
            }
        )
        if acceleration is not UNSET:
            field_dict["acceleration"] = acceleration
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if fill_image is not UNSET:
            field_dict["fill_image"] = fill_image
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if loras is not UNSET:
            field_dict["loras"] = loras
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if paste_back is not UNSET:
            field_dict["paste_back"] = paste_back
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if resize_to_original is not UNSET:
            field_dict["resize_to_original"] = resize_to_original
        if seed is not UNSET:
            field_dict["seed"] = seed
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_fill_input_v58816c import ImageFillInputV58816C  # noqa: PLC0415
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415
        from ..models.lora_weight_vf02bfb import LoraWeightVF02BFB  # noqa: PLC0415

        d = dict(src_dict)
        image_url = d.pop("image_url")

        mask_url = d.pop("mask_url")

        _acceleration = d.pop("acceleration", UNSET)
        acceleration: FluxLoraFillInputAcceleration | Unset
        if isinstance(_acceleration, Unset):
            acceleration = UNSET
        else:
            acceleration = check_flux_lora_fill_input_acceleration(_acceleration)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        _fill_image = d.pop("fill_image", UNSET)
        fill_image: ImageFillInputV58816C | Unset
        if isinstance(_fill_image, Unset):
            fill_image = UNSET
        else:
            fill_image = ImageFillInputV58816C.from_dict(_fill_image)

        guidance_scale = d.pop("guidance_scale", UNSET)

        def _parse_image_size(
            data: object,
        ) -> FluxLoraFillInputImageSizeType1 | ImageSizeV9A3DFF | Unset:
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
            image_size_type_1 = check_flux_lora_fill_input_image_size_type_1(data)

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        _loras = d.pop("loras", UNSET)
        loras: list[LoraWeightVF02BFB] | Unset = UNSET
        if _loras is not UNSET:
            loras = []
            for loras_item_data in _loras:
                loras_item = LoraWeightVF02BFB.from_dict(loras_item_data)

                loras.append(loras_item)

        num_images = d.pop("num_images", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: FluxLoraFillInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_flux_lora_fill_input_output_format(_output_format)

        paste_back = d.pop("paste_back", UNSET)

        prompt = d.pop("prompt", UNSET)

        resize_to_original = d.pop("resize_to_original", UNSET)

        seed = d.pop("seed", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        flux_lora_fill_input = cls(
            image_url=image_url,
            mask_url=mask_url,
            acceleration=acceleration,
            enable_safety_checker=enable_safety_checker,
            fill_image=fill_image,
            guidance_scale=guidance_scale,
            image_size=image_size,
            loras=loras,
            num_images=num_images,
            num_inference_steps=num_inference_steps,
            output_format=output_format,
            paste_back=paste_back,
            prompt=prompt,
            resize_to_original=resize_to_original,
            seed=seed,
            sync_mode=sync_mode,
        )

        return flux_lora_fill_input

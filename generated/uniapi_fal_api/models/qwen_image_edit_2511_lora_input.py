from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.qwen_image_edit_2511_lora_input_acceleration import (
    QwenImageEdit2511LoraInputAcceleration,
    check_qwen_image_edit_2511_lora_input_acceleration,
)
from ..models.qwen_image_edit_2511_lora_input_image_size_type_1 import (
    QwenImageEdit2511LoraInputImageSizeType1,
    check_qwen_image_edit_2511_lora_input_image_size_type_1,
)
from ..models.qwen_image_edit_2511_lora_input_output_format import (
    QwenImageEdit2511LoraInputOutputFormat,
    check_qwen_image_edit_2511_lora_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size_v9a3dff import ImageSizeV9A3DFF
    from ..models.lora_weight_vf02bfb import LoraWeightVF02BFB
    from .qwen_image_edit_2511_lora_output import QwenImageEdit2511LoraOutput  # noqa: F401


T = TypeVar("T", bound="QwenImageEdit2511LoraInput")


@_attrs_define
class QwenImageEdit2511LoraInput(
    FalInput["QwenImageEdit2511LoraOutput"], endpoint="fal-ai/qwen-image-edit-2511/lora"
):
    """Input of `fal-ai/qwen-image-edit-2511/lora` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_urls: list[str]
    """List of string."""
    prompt: str
    """String."""
    acceleration: QwenImageEdit2511LoraInputAcceleration | Unset = UNSET
    """One of "none", "regular", "high". Server default: "regular"."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    guidance_scale: float | Unset = UNSET
    """Number. Server default: 4.5."""
    image_size: ImageSizeV9A3DFF | QwenImageEdit2511LoraInputImageSizeType1 | Unset = UNSET
    """ImageSizeV9A3DFF or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9"."""
    loras: list[LoraWeightVF02BFB] | Unset = UNSET
    """List of LoraWeightVF02BFB."""
    negative_prompt: str | Unset = UNSET
    """String. Server default: ""."""
    num_images: float | Unset = UNSET
    """Number. Server default: 1."""
    num_inference_steps: float | Unset = UNSET
    """Number. Server default: 28."""
    output_format: QwenImageEdit2511LoraInputOutputFormat | Unset = UNSET
    """One of "jpeg", "png", "webp". Server default: "png"."""
    seed: float | Unset = UNSET
    """Number."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415

        image_urls = self.image_urls

        prompt = self.prompt

        acceleration: str | Unset = UNSET
        if not isinstance(self.acceleration, Unset):
            acceleration = self.acceleration

        enable_safety_checker = self.enable_safety_checker

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

        negative_prompt = self.negative_prompt

        num_images = self.num_images

        num_inference_steps = self.num_inference_steps

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        seed = self.seed

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_urls": image_urls,
                "prompt": prompt,
            }
        )
        if acceleration is not UNSET:
            field_dict["acceleration"] = acceleration
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if loras is not UNSET:
            field_dict["loras"] = loras
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415
        from ..models.lora_weight_vf02bfb import LoraWeightVF02BFB  # noqa: PLC0415

        d = dict(src_dict)
        image_urls = cast(list[str], d.pop("image_urls"))

        prompt = d.pop("prompt")

        _acceleration = d.pop("acceleration", UNSET)
        acceleration: QwenImageEdit2511LoraInputAcceleration | Unset
        if isinstance(_acceleration, Unset):
            acceleration = UNSET
        else:
            acceleration = check_qwen_image_edit_2511_lora_input_acceleration(_acceleration)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        def _parse_image_size(
            data: object,
        ) -> ImageSizeV9A3DFF | QwenImageEdit2511LoraInputImageSizeType1 | Unset:
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
            image_size_type_1 = check_qwen_image_edit_2511_lora_input_image_size_type_1(data)

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        _loras = d.pop("loras", UNSET)
        loras: list[LoraWeightVF02BFB] | Unset = UNSET
        if _loras is not UNSET:
            loras = []
            for loras_item_data in _loras:
                loras_item = LoraWeightVF02BFB.from_dict(loras_item_data)

                loras.append(loras_item)

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_images = d.pop("num_images", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: QwenImageEdit2511LoraInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_qwen_image_edit_2511_lora_input_output_format(_output_format)

        seed = d.pop("seed", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        qwen_image_edit_2511_lora_input = cls(
            image_urls=image_urls,
            prompt=prompt,
            acceleration=acceleration,
            enable_safety_checker=enable_safety_checker,
            guidance_scale=guidance_scale,
            image_size=image_size,
            loras=loras,
            negative_prompt=negative_prompt,
            num_images=num_images,
            num_inference_steps=num_inference_steps,
            output_format=output_format,
            seed=seed,
            sync_mode=sync_mode,
        )

        return qwen_image_edit_2511_lora_input

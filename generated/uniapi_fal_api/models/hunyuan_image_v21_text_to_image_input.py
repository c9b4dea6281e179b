from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.hunyuan_image_v21_text_to_image_input_image_size_type_1 import (
    HunyuanImageV21TextToImageInputImageSizeType1,
    check_hunyuan_image_v21_text_to_image_input_image_size_type_1,
)
from ..models.hunyuan_image_v21_text_to_image_input_output_format import (
    HunyuanImageV21TextToImageInputOutputFormat,
    check_hunyuan_image_v21_text_to_image_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size import ImageSize
    from .hunyuan_image_v21_text_to_image_output import HunyuanImageV21TextToImageOutput  # noqa: F401


T = TypeVar("T", bound="HunyuanImageV21TextToImageInput")


@_attrs_define
class HunyuanImageV21TextToImageInput(
    FalInput["HunyuanImageV21TextToImageOutput"], endpoint="fal-ai/hunyuan-image/v2.1/text-to-image"
):
    """Input of `fal-ai/hunyuan-image/v2.1/text-to-image` (text-to-image)."""

    prompt: str
    """Prompt: string."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: ""."""
    image_size: HunyuanImageV21TextToImageInputImageSizeType1 | ImageSize | Unset = UNSET
    """Image Size: ImageSize or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9". Server default: "square_hd"."""
    num_images: int | Unset = UNSET
    """Num Images: integer, 1 to 4. Server default: 1."""
    num_inference_steps: int | Unset = UNSET
    """Num Inference Steps: integer, 1 to 50. Server default: 28."""
    guidance_scale: float | Unset = UNSET
    """Guidance Scale: number, 1 to 20. Server default: 3.5."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    use_reprompt: bool | Unset = UNSET
    """Use Reprompt: boolean. Server default: true."""
    use_refiner: bool | Unset = UNSET
    """Use Refiner: boolean. Server default: false."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: true."""
    sync_mode: bool | Unset = UNSET
    """Sync Mode: boolean. Server default: false."""
    output_format: HunyuanImageV21TextToImageInputOutputFormat | Unset = UNSET
    """Output Format: one of "jpeg", "png". Server default: "png"."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size import ImageSize  # noqa: PLC0415

        prompt = self.prompt

        negative_prompt = self.negative_prompt

        image_size: dict[str, Any] | str | Unset
        if isinstance(self.image_size, Unset):
            image_size = UNSET
        elif isinstance(self.image_size, ImageSize):
            image_size = self.image_size.to_dict()
        else:
            image_size = self.image_size

        num_images = self.num_images

        num_inference_steps = self.num_inference_steps

        guidance_scale = self.guidance_scale

        seed = self.seed

        use_reprompt = self.use_reprompt

        use_refiner = self.use_refiner

        enable_safety_checker = self.enable_safety_checker

        sync_mode = self.sync_mode

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
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if seed is not UNSET:
            field_dict["seed"] = seed
        if use_reprompt is not UNSET:
            field_dict["use_reprompt"] = use_reprompt
        if use_refiner is not UNSET:
            field_dict["use_refiner"] = use_refiner
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode
        if output_format is not UNSET:
            field_dict["output_format"] = output_format

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_size import ImageSize  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        negative_prompt = d.pop("negative_prompt", UNSET)

        def _parse_image_size(
            data: object,
        ) -> HunyuanImageV21TextToImageInputImageSizeType1 | ImageSize | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                image_size_type_0 = ImageSize.from_dict(data)

                return image_size_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            image_size_type_1 = check_hunyuan_image_v21_text_to_image_input_image_size_type_1(data)

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        num_images = d.pop("num_images", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        seed = d.pop("seed", UNSET)

        use_reprompt = d.pop("use_reprompt", UNSET)

        use_refiner = d.pop("use_refiner", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: HunyuanImageV21TextToImageInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_hunyuan_image_v21_text_to_image_input_output_format(
                _output_format
            )

        hunyuan_image_v21_text_to_image_input = cls(
            prompt=prompt,
            negative_prompt=negative_prompt,
            image_size=image_size,
            num_images=num_images,
            num_inference_steps=num_inference_steps,
            guidance_scale=guidance_scale,
            seed=seed,
            use_reprompt=use_reprompt,
            use_refiner=use_refiner,
            enable_safety_checker=enable_safety_checker,
            sync_mode=sync_mode,
            output_format=output_format,
        )

        return hunyuan_image_v21_text_to_image_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.qwen_image_edit_plus_lora_gallery_next_scene_input_acceleration import (
    QwenImageEditPlusLoraGalleryNextSceneInputAcceleration,
    check_qwen_image_edit_plus_lora_gallery_next_scene_input_acceleration,
)
from ..models.qwen_image_edit_plus_lora_gallery_next_scene_input_image_size_type_1 import (
    QwenImageEditPlusLoraGalleryNextSceneInputImageSizeType1,
    check_qwen_image_edit_plus_lora_gallery_next_scene_input_image_size_type_1,
)
from ..models.qwen_image_edit_plus_lora_gallery_next_scene_input_output_format import (
    QwenImageEditPlusLoraGalleryNextSceneInputOutputFormat,
    check_qwen_image_edit_plus_lora_gallery_next_scene_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size_v9a3dff import ImageSizeV9A3DFF
    from .qwen_image_edit_plus_lora_gallery_next_scene_output import (
        QwenImageEditPlusLoraGalleryNextSceneOutput,  # noqa: F401
    )


T = TypeVar("T", bound="QwenImageEditPlusLoraGalleryNextSceneInput")


@_attrs_define
class QwenImageEditPlusLoraGalleryNextSceneInput(
    FalInput["QwenImageEditPlusLoraGalleryNextSceneOutput"],
    endpoint="fal-ai/qwen-image-edit-plus-lora-gallery/next-scene",
):
    """Input of `fal-ai/qwen-image-edit-plus-lora-gallery/next-scene` (unknown). fal publishes no constraints for it (it
    comes from fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths
    are not.

    """

    image_urls: list[str]
    """List of string."""
    acceleration: QwenImageEditPlusLoraGalleryNextSceneInputAcceleration | Unset = UNSET
    """One of "none", "regular". Server default: "regular"."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    guidance_scale: float | Unset = UNSET
    """Number. Server default: 1."""
    image_size: (
        ImageSizeV9A3DFF | QwenImageEditPlusLoraGalleryNextSceneInputImageSizeType1 | Unset
    ) = UNSET
    """ImageSizeV9A3DFF or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9"."""
    lora_scale: float | Unset = UNSET
    """Number. Server default: 1."""
    negative_prompt: str | Unset = UNSET
    """String. Server default: " "."""
    num_images: float | Unset = UNSET
    """Number. Server default: 1."""
    num_inference_steps: float | Unset = UNSET
    """Number. Server default: 6."""
    output_format: QwenImageEditPlusLoraGalleryNextSceneInputOutputFormat | Unset = UNSET
    """One of "png", "jpeg", "webp". Server default: "png"."""
    prompt: str | Unset = UNSET
    """String. Server default: "Next Scene: The camera moves forward revealing more of the scene"."""
    seed: float | Unset = UNSET
    """Number."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415

        image_urls = self.image_urls

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

        lora_scale = self.lora_scale

        negative_prompt = self.negative_prompt

        num_images = self.num_images

        num_inference_steps = self.num_inference_steps

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        prompt = self.prompt

        seed = self.seed

        sync_mode = self.sync_mode

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
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if lora_scale is not UNSET:
            field_dict["lora_scale"] = lora_scale
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if seed is not UNSET:
            field_dict["seed"] = seed
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415

        d = dict(src_dict)
        image_urls = cast(list[str], d.pop("image_urls"))

        _acceleration = d.pop("acceleration", UNSET)
        acceleration: QwenImageEditPlusLoraGalleryNextSceneInputAcceleration | Unset
        if isinstance(_acceleration, Unset):
            acceleration = UNSET
        else:
            acceleration = check_qwen_image_edit_plus_lora_gallery_next_scene_input_acceleration(
                _acceleration
            )

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        def _parse_image_size(
            data: object,
        ) -> ImageSizeV9A3DFF | QwenImageEditPlusLoraGalleryNextSceneInputImageSizeType1 | Unset:
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
            image_size_type_1 = (
                check_qwen_image_edit_plus_lora_gallery_next_scene_input_image_size_type_1(data)
            )

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        lora_scale = d.pop("lora_scale", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_images = d.pop("num_images", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: QwenImageEditPlusLoraGalleryNextSceneInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_qwen_image_edit_plus_lora_gallery_next_scene_input_output_format(
                _output_format
            )

        prompt = d.pop("prompt", UNSET)

        seed = d.pop("seed", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        qwen_image_edit_plus_lora_gallery_next_scene_input = cls(
            image_urls=image_urls,
            acceleration=acceleration,
            enable_safety_checker=enable_safety_checker,
            guidance_scale=guidance_scale,
            image_size=image_size,
            lora_scale=lora_scale,
            negative_prompt=negative_prompt,
            num_images=num_images,
            num_inference_steps=num_inference_steps,
            output_format=output_format,
            prompt=prompt,
            seed=seed,
            sync_mode=sync_mode,
        )

        return qwen_image_edit_plus_lora_gallery_next_scene_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.telestyle_v2_input_acceleration import (
    TelestyleV2InputAcceleration,
    check_telestyle_v2_input_acceleration,
)
from ..models.telestyle_v2_input_image_size_type_1 import (
    TelestyleV2InputImageSizeType1,
    check_telestyle_v2_input_image_size_type_1,
)
from ..models.telestyle_v2_input_output_format import (
    TelestyleV2InputOutputFormat,
    check_telestyle_v2_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size_v9a3dff import ImageSizeV9A3DFF
    from .telestyle_v2_output import TelestyleV2Output  # noqa: F401


T = TypeVar("T", bound="TelestyleV2Input")


@_attrs_define
class TelestyleV2Input(FalInput["TelestyleV2Output"], endpoint="fal-ai/telestyle-v2"):
    """Input of `fal-ai/telestyle-v2` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    content_image_url: str
    """URL or local file."""
    style_image_url: str
    """URL or local file."""
    acceleration: TelestyleV2InputAcceleration | Unset = UNSET
    """One of "none", "regular". Server default: "none"."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    guidance_scale: float | Unset = UNSET
    """Number. Server default: 1."""
    image_size: ImageSizeV9A3DFF | TelestyleV2InputImageSizeType1 | Unset = UNSET
    """ImageSizeV9A3DFF or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9"."""
    lightning_lora_scale: float | Unset = UNSET
    """Number. Server default: 1."""
    lora_scale: float | Unset = UNSET
    """Number. Server default: 1."""
    negative_prompt: str | Unset = UNSET
    """String. Server default: ""."""
    num_images: float | Unset = UNSET
    """Number. Server default: 1."""
    num_inference_steps: float | Unset = UNSET
    """Number. Server default: 4."""
    output_format: TelestyleV2InputOutputFormat | Unset = UNSET
    """One of "jpeg", "png". Server default: "png"."""
    seed: float | Unset = UNSET
    """Number."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""
    use_content_description: bool | Unset = UNSET
    """Boolean. Server default: true."""
    use_lightning_lora: bool | Unset = UNSET
    """Boolean. Server default: true."""
    use_style_description: bool | Unset = UNSET
    """Boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415

        content_image_url = self.content_image_url

        style_image_url = self.style_image_url

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

        lightning_lora_scale = self.lightning_lora_scale

        lora_scale = self.lora_scale

        negative_prompt = self.negative_prompt

        num_images = self.num_images

        num_inference_steps = self.num_inference_steps

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        seed = self.seed

        sync_mode = self.sync_mode

        use_content_description = self.use_content_description

        use_lightning_lora = self.use_lightning_lora

        use_style_description = self.use_style_description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "content_image_url": content_image_url,
                "style_image_url": style_image_url,
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
        if lightning_lora_scale is not UNSET:
            field_dict["lightning_lora_scale"] = lightning_lora_scale
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
        if seed is not UNSET:
            field_dict["seed"] = seed
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode
        if use_content_description is not UNSET:
            field_dict["use_content_description"] = use_content_description
        if use_lightning_lora is not UNSET:
            field_dict["use_lightning_lora"] = use_lightning_lora
        if use_style_description is not UNSET:
            field_dict["use_style_description"] = use_style_description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_size_v9a3dff import ImageSizeV9A3DFF  # noqa: PLC0415

        d = dict(src_dict)
        content_image_url = d.pop("content_image_url")

        style_image_url = d.pop("style_image_url")

        _acceleration = d.pop("acceleration", UNSET)
        acceleration: TelestyleV2InputAcceleration | Unset
        if isinstance(_acceleration, Unset):
            acceleration = UNSET
        else:
            acceleration = check_telestyle_v2_input_acceleration(_acceleration)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        def _parse_image_size(
            data: object,
        ) -> ImageSizeV9A3DFF | TelestyleV2InputImageSizeType1 | Unset:
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
            image_size_type_1 = check_telestyle_v2_input_image_size_type_1(data)

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        lightning_lora_scale = d.pop("lightning_lora_scale", UNSET)

        lora_scale = d.pop("lora_scale", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_images = d.pop("num_images", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: TelestyleV2InputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_telestyle_v2_input_output_format(_output_format)

        seed = d.pop("seed", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        use_content_description = d.pop("use_content_description", UNSET)

        use_lightning_lora = d.pop("use_lightning_lora", UNSET)

        use_style_description = d.pop("use_style_description", UNSET)

        telestyle_v2_input = cls(
            content_image_url=content_image_url,
            style_image_url=style_image_url,
            acceleration=acceleration,
            enable_safety_checker=enable_safety_checker,
            guidance_scale=guidance_scale,
            image_size=image_size,
            lightning_lora_scale=lightning_lora_scale,
            lora_scale=lora_scale,
            negative_prompt=negative_prompt,
            num_images=num_images,
            num_inference_steps=num_inference_steps,
            output_format=output_format,
            seed=seed,
            sync_mode=sync_mode,
            use_content_description=use_content_description,
            use_lightning_lora=use_lightning_lora,
            use_style_description=use_style_description,
        )

        return telestyle_v2_input

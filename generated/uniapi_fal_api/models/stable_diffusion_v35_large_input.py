from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.stable_diffusion_v35_large_input_image_size_type_1 import (
    StableDiffusionV35LargeInputImageSizeType1,
    check_stable_diffusion_v35_large_input_image_size_type_1,
)
from ..models.stable_diffusion_v35_large_input_output_format import (
    StableDiffusionV35LargeInputOutputFormat,
    check_stable_diffusion_v35_large_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.control_net_v727050 import ControlNetV727050
    from ..models.image_size import ImageSize
    from ..models.ip_adapter import IPAdapter
    from ..models.lora_weight import LoraWeight
    from .stable_diffusion_v35_large_output import StableDiffusionV35LargeOutput  # noqa: F401


T = TypeVar("T", bound="StableDiffusionV35LargeInput")


@_attrs_define
class StableDiffusionV35LargeInput(
    FalInput["StableDiffusionV35LargeOutput"], endpoint="fal-ai/stable-diffusion-v35-large"
):
    """Input of `fal-ai/stable-diffusion-v35-large` (text-to-image)."""

    prompt: str
    """Prompt: string."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: ""."""
    num_inference_steps: int | Unset = UNSET
    """Num Inference Steps: integer, 1 to 50. Server default: 28."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    guidance_scale: float | Unset = UNSET
    """Guidance scale (CFG): number, 0 to 20. Server default: 3.5."""
    sync_mode: bool | Unset = UNSET
    """Sync Mode: boolean. Server default: false."""
    num_images: int | Unset = UNSET
    """Num Images: integer, 1 to 4. Server default: 1."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: true."""
    output_format: StableDiffusionV35LargeInputOutputFormat | Unset = UNSET
    """Output Format: one of "jpeg", "png". Server default: "jpeg"."""
    controlnet: ControlNetV727050 | Unset = UNSET
    """Controlnet: ControlNetV727050."""
    image_size: ImageSize | StableDiffusionV35LargeInputImageSizeType1 | Unset = UNSET
    """Image Size: ImageSize or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9"."""
    loras: list[LoraWeight] | Unset = UNSET
    """Loras: list of LoraWeight. Server default: []."""
    ip_adapter: IPAdapter | Unset = UNSET
    """Ip Adapter: IPAdapter."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size import ImageSize  # noqa: PLC0415

        prompt = self.prompt

        negative_prompt = self.negative_prompt

        num_inference_steps = self.num_inference_steps

        seed = self.seed

        guidance_scale = self.guidance_scale

        sync_mode = self.sync_mode

        num_images = self.num_images

        enable_safety_checker = self.enable_safety_checker

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        controlnet: dict[str, Any] | Unset = UNSET
        if not isinstance(self.controlnet, Unset):
            controlnet = self.controlnet.to_dict()

        image_size: dict[str, Any] | str | Unset
        if isinstance(self.image_size, Unset):
            image_size = UNSET
        elif isinstance(self.image_size, ImageSize):
            image_size = self.image_size.to_dict()
        else:
            image_size = self.image_size

        loras: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.loras, Unset):
            loras = []
            for loras_item_data in self.loras:
                loras_item = loras_item_data.to_dict()
                loras.append(loras_item)

        ip_adapter: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ip_adapter, Unset):
            ip_adapter = self.ip_adapter.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if seed is not UNSET:
            field_dict["seed"] = seed
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if controlnet is not UNSET:
            field_dict["controlnet"] = controlnet
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if loras is not UNSET:
            field_dict["loras"] = loras
        if ip_adapter is not UNSET:
            field_dict["ip_adapter"] = ip_adapter

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.control_net_v727050 import ControlNetV727050  # noqa: PLC0415
        from ..models.image_size import ImageSize  # noqa: PLC0415
        from ..models.ip_adapter import IPAdapter  # noqa: PLC0415
        from ..models.lora_weight import LoraWeight  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        seed = d.pop("seed", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        num_images = d.pop("num_images", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: StableDiffusionV35LargeInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_stable_diffusion_v35_large_input_output_format(_output_format)

        _controlnet = d.pop("controlnet", UNSET)
        controlnet: ControlNetV727050 | Unset
        if isinstance(_controlnet, Unset):
            controlnet = UNSET
        else:
            controlnet = ControlNetV727050.from_dict(_controlnet)

        def _parse_image_size(
            data: object,
        ) -> ImageSize | StableDiffusionV35LargeInputImageSizeType1 | Unset:
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
            image_size_type_1 = check_stable_diffusion_v35_large_input_image_size_type_1(data)

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        _loras = d.pop("loras", UNSET)
        loras: list[LoraWeight] | Unset = UNSET
        if _loras is not UNSET:
            loras = []
            for loras_item_data in _loras:
                loras_item = LoraWeight.from_dict(loras_item_data)

                loras.append(loras_item)

        _ip_adapter = d.pop("ip_adapter", UNSET)
        ip_adapter: IPAdapter | Unset
        if isinstance(_ip_adapter, Unset):
            ip_adapter = UNSET
        else:
            ip_adapter = IPAdapter.from_dict(_ip_adapter)

        stable_diffusion_v35_large_input = cls(
            prompt=prompt,
            negative_prompt=negative_prompt,
            num_inference_steps=num_inference_steps,
            seed=seed,
            guidance_scale=guidance_scale,
            sync_mode=sync_mode,
            num_images=num_images,
            enable_safety_checker=enable_safety_checker,
            output_format=output_format,
            controlnet=controlnet,
            image_size=image_size,
            loras=loras,
            ip_adapter=ip_adapter,
        )

        return stable_diffusion_v35_large_input

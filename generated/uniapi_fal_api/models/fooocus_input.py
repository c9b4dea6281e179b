from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.fooocus_input_control_type import (
    FooocusInputControlType,
    check_fooocus_input_control_type,
)
from ..models.fooocus_input_output_format import (
    FooocusInputOutputFormat,
    check_fooocus_input_output_format,
)
from ..models.fooocus_input_performance import (
    FooocusInputPerformance,
    check_fooocus_input_performance,
)
from ..models.fooocus_input_refiner_model import (
    FooocusInputRefinerModel,
    check_fooocus_input_refiner_model,
)
from ..models.fooocus_input_styles_item import (
    FooocusInputStylesItem,
    check_fooocus_input_styles_item,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lora_weight_va6140d import LoraWeightVA6140D
    from .fooocus_output import FooocusOutput  # noqa: F401


T = TypeVar("T", bound="FooocusInput")


@_attrs_define
class FooocusInput(FalInput["FooocusOutput"], endpoint="fal-ai/fooocus"):
    """Input of `fal-ai/fooocus` (text-to-image)."""

    prompt: str | Unset = UNSET
    """Prompt: string. Server default: ""."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: ""."""
    styles: list[FooocusInputStylesItem] | Unset = UNSET
    """Styles: list of one of "Fooocus V2", "Fooocus Enhance", "Fooocus Sharp", "Fooocus Semi
    Realistic", "Fooocus Masterpiece", "Fooocus Photograph", "Fooocus Negative", "Fooocus
    Cinematic", ... (277 values). Server default: ["Fooocus Enhance", "Fooocus V2", "Fooocus
    Sharp"]."""
    performance: FooocusInputPerformance | Unset = UNSET
    """Performance: one of "Speed", "Quality", "Extreme Speed", "Lightning". Server default:
    "Extreme Speed"."""
    guidance_scale: float | Unset = UNSET
    """Guidance Scale: number, 1 to 30. Server default: 4."""
    sharpness: float | Unset = UNSET
    """Sharpness: number, 0 to 30. Server default: 2."""
    aspect_ratio: str | Unset = UNSET
    """Aspect Ratio: string. Server default: "1024x1024"."""
    num_images: int | Unset = UNSET
    """Num Images: integer, 1 to 4. Server default: 1."""
    loras: list[LoraWeightVA6140D] | Unset = UNSET
    """Loras: list of LoraWeightVA6140D. Server default: [{"path":
    "https://huggingface.co/stabilityai/stable-diffusion-xl-base-1.0/resolve/main/sd_xl_offset_example-lora_1.0.safetensors",
    "scale": 0.1}]."""
    refiner_model: FooocusInputRefinerModel | Unset = UNSET
    """Refiner Model: one of "None", "realisticVisionV60B1_v51VAE.safetensors". Server default:
    "None"."""
    refiner_switch: float | Unset = UNSET
    """Refiner Switch At: number, 0 to 1, a multiple of 0.0001. Server default: 0.8."""
    output_format: FooocusInputOutputFormat | Unset = UNSET
    """Output Format: one of "png", "jpeg", "webp". Server default: "jpeg"."""
    sync_mode: bool | Unset = UNSET
    """Sync Mode: boolean. Server default: false."""
    seed: int | None | Unset = UNSET
    """Seed: integer or None."""
    control_image_url: None | str | Unset = UNSET
    """Control Image Url: string or None."""
    control_type: FooocusInputControlType | Unset = UNSET
    """Control Type: one of "ImagePrompt", "PyraCanny", "CPDS", "FaceSwap". Server default:
    "PyraCanny"."""
    control_image_weight: float | Unset = UNSET
    """Control Image Weight: number, 0 to 2. Server default: 1."""
    control_image_stop_at: float | Unset = UNSET
    """Control Image Stop At: number, 0 to 1. Server default: 1."""
    inpaint_image_url: None | str | Unset = UNSET
    """Inpaint Image Url: string or None."""
    mask_image_url: None | str | Unset = UNSET
    """Mask Image Url: string or None."""
    mixing_image_prompt_and_inpaint: bool | Unset = UNSET
    """Mixing Image Prompt And Inpaint: boolean. Server default: false."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        negative_prompt = self.negative_prompt

        styles: list[str] | Unset = UNSET
        if not isinstance(self.styles, Unset):
            styles = []
            for styles_item_data in self.styles:
                styles_item: str = styles_item_data
                styles.append(styles_item)

        performance: str | Unset = UNSET
        if not isinstance(self.performance, Unset):
            performance = self.performance

        guidance_scale = self.guidance_scale

        sharpness = self.sharpness

        aspect_ratio = self.aspect_ratio

        num_images = self.num_images

        loras: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.loras, Unset):
            loras = []
            for loras_item_data in self.loras:
                loras_item = loras_item_data.to_dict()
                loras.append(loras_item)

        refiner_model: str | Unset = UNSET
        if not isinstance(self.refiner_model, Unset):
            refiner_model = self.refiner_model

        refiner_switch = self.refiner_switch

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        sync_mode = self.sync_mode

        seed: int | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        control_image_url: None | str | Unset
        if isinstance(self.control_image_url, Unset):
            control_image_url = UNSET
        else:
            control_image_url = self.control_image_url

        control_type: str | Unset = UNSET
        if not isinstance(self.control_type, Unset):
            control_type = self.control_type

        control_image_weight = self.control_image_weight

        control_image_stop_at = self.control_image_stop_at

        inpaint_image_url: None | str | Unset
        if isinstance(self.inpaint_image_url, Unset):
            inpaint_image_url = UNSET
        else:
            inpaint_image_url = self.inpaint_image_url

        mask_image_url: None | str | Unset
        if isinstance(self.mask_image_url, Unset):
            mask_image_url = UNSET
        else:
            mask_image_url = self.mask_image_url

        mixing_image_prompt_and_inpaint = self.mixing_image_prompt_and_inpaint

        enable_safety_checker = self.enable_safety_checker

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if styles is not UNSET:
            field_dict["styles"] = styles
        if performance is not UNSET:
            field_dict["performance"] = performance
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if sharpness is not UNSET:
            field_dict["sharpness"] = sharpness
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if loras is not UNSET:
            field_dict["loras"] = loras
        if refiner_model is not UNSET:
            field_dict["refiner_model"] = refiner_model
        if refiner_switch is not UNSET:
            field_dict["refiner_switch"] = refiner_switch
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode
        if seed is not UNSET:
            field_dict["seed"] = seed
        if control_image_url is not UNSET:
            field_dict["control_image_url"] = control_image_url
        if control_type is not UNSET:
            field_dict["control_type"] = control_type
        if control_image_weight is not UNSET:
            field_dict["control_image_weight"] = control_image_weight
        if control_image_stop_at is not UNSET:
            field_dict["control_image_stop_at"] = control_image_stop_at
        if inpaint_image_url is not UNSET:
            field_dict["inpaint_image_url"] = inpaint_image_url
        if mask_image_url is not UNSET:
            field_dict["mask_image_url"] = mask_image_url
        if mixing_image_prompt_and_inpaint is not UNSET:
            field_dict["mixing_image_prompt_and_inpaint"] = mixing_image_prompt_and_inpaint
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.lora_weight_va6140d import LoraWeightVA6140D  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        _styles = d.pop("styles", UNSET)
        styles: list[FooocusInputStylesItem] | Unset = UNSET
        if _styles is not UNSET:
            styles = []
            for styles_item_data in _styles:
                styles_item = check_fooocus_input_styles_item(styles_item_data)

                styles.append(styles_item)

        _performance = d.pop("performance", UNSET)
        performance: FooocusInputPerformance | Unset
        if isinstance(_performance, Unset):
            performance = UNSET
        else:
            performance = check_fooocus_input_performance(_performance)

        guidance_scale = d.pop("guidance_scale", UNSET)

        sharpness = d.pop("sharpness", UNSET)

        aspect_ratio = d.pop("aspect_ratio", UNSET)

        num_images = d.pop("num_images", UNSET)

        _loras = d.pop("loras", UNSET)
        loras: list[LoraWeightVA6140D] | Unset = UNSET
        if _loras is not UNSET:
            loras = []
            for loras_item_data in _loras:
                loras_item = LoraWeightVA6140D.from_dict(loras_item_data)

                loras.append(loras_item)

        _refiner_model = d.pop("refiner_model", UNSET)
        refiner_model: FooocusInputRefinerModel | Unset
        if isinstance(_refiner_model, Unset):
            refiner_model = UNSET
        else:
            refiner_model = check_fooocus_input_refiner_model(_refiner_model)

        refiner_switch = d.pop("refiner_switch", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: FooocusInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_fooocus_input_output_format(_output_format)

        sync_mode = d.pop("sync_mode", UNSET)

        def _parse_seed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        seed = _parse_seed(d.pop("seed", UNSET))

        def _parse_control_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        control_image_url = _parse_control_image_url(d.pop("control_image_url", UNSET))

        _control_type = d.pop("control_type", UNSET)
        control_type: FooocusInputControlType | Unset
        if isinstance(_control_type, Unset):
            control_type = UNSET
        else:
            control_type = check_fooocus_input_control_type(_control_type)

        control_image_weight = d.pop("control_image_weight", UNSET)

        control_image_stop_at = d.pop("control_image_stop_at", UNSET)

        def _parse_inpaint_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        inpaint_image_url = _parse_inpaint_image_url(d.pop("inpaint_image_url", UNSET))

        def _parse_mask_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mask_image_url = _parse_mask_image_url(d.pop("mask_image_url", UNSET))

        mixing_image_prompt_and_inpaint = d.pop("mixing_image_prompt_and_inpaint", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        fooocus_input = cls(
            prompt=prompt,
            negative_prompt=negative_prompt,
            styles=styles,
            performance=performance,
            guidance_scale=guidance_scale,
            sharpness=sharpness,
            aspect_ratio=aspect_ratio,
            num_images=num_images,
            loras=loras,
            refiner_model=refiner_model,
            refiner_switch=refiner_switch,
            output_format=output_format,
            sync_mode=sync_mode,
            seed=seed,
            control_image_url=control_image_url,
            control_type=control_type,
            control_image_weight=control_image_weight,
            control_image_stop_at=control_image_stop_at,
            inpaint_image_url=inpaint_image_url,
            mask_image_url=mask_image_url,
            mixing_image_prompt_and_inpaint=mixing_image_prompt_and_inpaint,
            enable_safety_checker=enable_safety_checker,
        )

        return fooocus_input

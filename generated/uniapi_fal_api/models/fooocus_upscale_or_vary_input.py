from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.fooocus_upscale_or_vary_input_output_format import (
    FooocusUpscaleOrVaryInputOutputFormat,
    check_fooocus_upscale_or_vary_input_output_format,
)
from ..models.fooocus_upscale_or_vary_input_performance import (
    FooocusUpscaleOrVaryInputPerformance,
    check_fooocus_upscale_or_vary_input_performance,
)
from ..models.fooocus_upscale_or_vary_input_refiner_model import (
    FooocusUpscaleOrVaryInputRefinerModel,
    check_fooocus_upscale_or_vary_input_refiner_model,
)
from ..models.fooocus_upscale_or_vary_input_styles_item import (
    FooocusUpscaleOrVaryInputStylesItem,
    check_fooocus_upscale_or_vary_input_styles_item,
)
from ..models.fooocus_upscale_or_vary_input_uov_method import (
    FooocusUpscaleOrVaryInputUovMethod,
    check_fooocus_upscale_or_vary_input_uov_method,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_prompt import ImagePrompt
    from ..models.lora_weight_va6140d import LoraWeightVA6140D
    from .fooocus_upscale_or_vary_output import FooocusUpscaleOrVaryOutput  # noqa: F401


T = TypeVar("T", bound="FooocusUpscaleOrVaryInput")


@_attrs_define
class FooocusUpscaleOrVaryInput(
    FalInput["FooocusUpscaleOrVaryOutput"], endpoint="fal-ai/fooocus/upscale-or-vary"
):
    """Input of `fal-ai/fooocus/upscale-or-vary` (text-to-image)."""

    uov_image_url: str
    """UOV Image URL: string."""
    prompt: str | Unset = UNSET
    """Prompt: string. Server default: ""."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: ""."""
    styles: list[FooocusUpscaleOrVaryInputStylesItem] | Unset = UNSET
    """Styles: list of one of "Fooocus V2", "Fooocus Enhance", "Fooocus Sharp", "Fooocus Semi
    Realistic", "Fooocus Masterpiece", "Fooocus Photograph", "Fooocus Negative", "Fooocus
    Cinematic", ... (277 values). Server default: ["Fooocus Enhance", "Fooocus V2", "Fooocus
    Sharp"]."""
    performance: FooocusUpscaleOrVaryInputPerformance | Unset = UNSET
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
    refiner_model: FooocusUpscaleOrVaryInputRefinerModel | Unset = UNSET
    """Refiner Model: one of "None", "realisticVisionV60B1_v51VAE.safetensors". Server default:
    "None"."""
    refiner_switch: float | Unset = UNSET
    """Refiner Switch At: number, 0 to 1, a multiple of 0.0001. Server default: 0.8."""
    output_format: FooocusUpscaleOrVaryInputOutputFormat | Unset = UNSET
    """Output Format: one of "png", "jpeg", "webp". Server default: "jpeg"."""
    sync_mode: bool | Unset = UNSET
    """Sync Mode: boolean. Server default: false."""
    seed: int | None | Unset = UNSET
    """Seed: integer or None."""
    uov_method: FooocusUpscaleOrVaryInputUovMethod | Unset = UNSET
    """UOV Method: one of "Disabled", "Vary (Subtle)", "Vary (Strong)", "Upscale (1.5x)", "Upscale
    (2x)", "Upscale (Fast 2x)". Server default: "Vary (Strong)"."""
    image_prompt_1: ImagePrompt | Unset = UNSET
    """ImagePrompt."""
    image_prompt_2: ImagePrompt | Unset = UNSET
    """ImagePrompt."""
    image_prompt_3: ImagePrompt | Unset = UNSET
    """ImagePrompt."""
    image_prompt_4: ImagePrompt | Unset = UNSET
    """ImagePrompt."""
    mixing_image_prompt_and_vary_upscale: bool | Unset = UNSET
    """Mixing Image Prompt and Vary/Upscale: boolean. Server default: false."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        uov_image_url = self.uov_image_url

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

        uov_method: str | Unset = UNSET
        if not isinstance(self.uov_method, Unset):
            uov_method = self.uov_method

        image_prompt_1: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_prompt_1, Unset):
            image_prompt_1 = self.image_prompt_1.to_dict()

        image_prompt_2: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_prompt_2, Unset):
            image_prompt_2 = self.image_prompt_2.to_dict()

        image_prompt_3: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_prompt_3, Unset):
            image_prompt_3 = self.image_prompt_3.to_dict()

        image_prompt_4: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_prompt_4, Unset):
            image_prompt_4 = self.image_prompt_4.to_dict()

        mixing_image_prompt_and_vary_upscale = self.mixing_image_prompt_and_vary_upscale

        enable_safety_checker = self.enable_safety_checker

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "uov_image_url": uov_image_url,
            }
        )
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
        if uov_method is not UNSET:
            field_dict["uov_method"] = uov_method
        if image_prompt_1 is not UNSET:
            field_dict["image_prompt_1"] = image_prompt_1
        if image_prompt_2 is not UNSET:
            field_dict["image_prompt_2"] = image_prompt_2
        if image_prompt_3 is not UNSET:
            field_dict["image_prompt_3"] = image_prompt_3
        if image_prompt_4 is not UNSET:
            field_dict["image_prompt_4"] = image_prompt_4
        if mixing_image_prompt_and_vary_upscale is not UNSET:
            field_dict["mixing_image_prompt_and_vary_upscale"] = (
                mixing_image_prompt_and_vary_upscale
            )
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_prompt import ImagePrompt  # noqa: PLC0415
        from ..models.lora_weight_va6140d import LoraWeightVA6140D  # noqa: PLC0415

        d = dict(src_dict)
        uov_image_url = d.pop("uov_image_url")

        prompt = d.pop("prompt", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        _styles = d.pop("styles", UNSET)
        styles: list[FooocusUpscaleOrVaryInputStylesItem] | Unset = UNSET
        if _styles is not UNSET:
            styles = []
            for styles_item_data in _styles:
                styles_item = check_fooocus_upscale_or_vary_input_styles_item(styles_item_data)

                styles.append(styles_item)

        _performance = d.pop("performance", UNSET)
        performance: FooocusUpscaleOrVaryInputPerformance | Unset
        if isinstance(_performance, Unset):
            performance = UNSET
        else:
            performance = check_fooocus_upscale_or_vary_input_performance(_performance)

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
        refiner_model: FooocusUpscaleOrVaryInputRefinerModel | Unset
        if isinstance(_refiner_model, Unset):
            refiner_model = UNSET
        else:
            refiner_model = check_fooocus_upscale_or_vary_input_refiner_model(_refiner_model)

        refiner_switch = d.pop("refiner_switch", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: FooocusUpscaleOrVaryInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_fooocus_upscale_or_vary_input_output_format(_output_format)

        sync_mode = d.pop("sync_mode", UNSET)

        def _parse_seed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        seed = _parse_seed(d.pop("seed", UNSET))

        _uov_method = d.pop("uov_method", UNSET)
        uov_method: FooocusUpscaleOrVaryInputUovMethod | Unset
        if isinstance(_uov_method, Unset):
            uov_method = UNSET
        else:
            uov_method = check_fooocus_upscale_or_vary_input_uov_method(_uov_method)

        _image_prompt_1 = d.pop("image_prompt_1", UNSET)
        image_prompt_1: ImagePrompt | Unset
        if isinstance(_image_prompt_1, Unset):
            image_prompt_1 = UNSET
        else:
            image_prompt_1 = ImagePrompt.from_dict(_image_prompt_1)

        _image_prompt_2 = d.pop("image_prompt_2", UNSET)
        image_prompt_2: ImagePrompt | Unset
        if isinstance(_image_prompt_2, Unset):
            image_prompt_2 = UNSET
        else:
            image_prompt_2 = ImagePrompt.from_dict(_image_prompt_2)

        _image_prompt_3 = d.pop("image_prompt_3", UNSET)
        image_prompt_3: ImagePrompt | Unset
        if isinstance(_image_prompt_3, Unset):
            image_prompt_3 = UNSET
        else:
            image_prompt_3 = ImagePrompt.from_dict(_image_prompt_3)

        _image_prompt_4 = d.pop("image_prompt_4", UNSET)
        image_prompt_4: ImagePrompt | Unset
        if isinstance(_image_prompt_4, Unset):
            image_prompt_4 = UNSET
        else:
            image_prompt_4 = ImagePrompt.from_dict(_image_prompt_4)

        mixing_image_prompt_and_vary_upscale = d.pop("mixing_image_prompt_and_vary_upscale", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        fooocus_upscale_or_vary_input = cls(
            uov_image_url=uov_image_url,
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
            uov_method=uov_method,
            image_prompt_1=image_prompt_1,
            image_prompt_2=image_prompt_2,
            image_prompt_3=image_prompt_3,
            image_prompt_4=image_prompt_4,
            mixing_image_prompt_and_vary_upscale=mixing_image_prompt_and_vary_upscale,
            enable_safety_checker=enable_safety_checker,
        )

        return fooocus_upscale_or_vary_input

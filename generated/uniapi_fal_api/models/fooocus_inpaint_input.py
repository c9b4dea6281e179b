from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.fooocus_inpaint_input_inpaint_engine import (
    FooocusInpaintInputInpaintEngine,
    check_fooocus_inpaint_input_inpaint_engine,
)
from ..models.fooocus_inpaint_input_inpaint_mode import (
    FooocusInpaintInputInpaintMode,
    check_fooocus_inpaint_input_inpaint_mode,
)
from ..models.fooocus_inpaint_input_outpaint_selections_item import (
    FooocusInpaintInputOutpaintSelectionsItem,
    check_fooocus_inpaint_input_outpaint_selections_item,
)
from ..models.fooocus_inpaint_input_output_format import (
    FooocusInpaintInputOutputFormat,
    check_fooocus_inpaint_input_output_format,
)
from ..models.fooocus_inpaint_input_performance import (
    FooocusInpaintInputPerformance,
    check_fooocus_inpaint_input_performance,
)
from ..models.fooocus_inpaint_input_refiner_model import (
    FooocusInpaintInputRefinerModel,
    check_fooocus_inpaint_input_refiner_model,
)
from ..models.fooocus_inpaint_input_styles_item import (
    FooocusInpaintInputStylesItem,
    check_fooocus_inpaint_input_styles_item,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_prompt import ImagePrompt
    from ..models.lora_weight_va6140d import LoraWeightVA6140D
    from .fooocus_inpaint_output import FooocusInpaintOutput  # noqa: F401


T = TypeVar("T", bound="FooocusInpaintInput")


@_attrs_define
class FooocusInpaintInput(FalInput["FooocusInpaintOutput"], endpoint="fal-ai/fooocus/inpaint"):
    """Input of `fal-ai/fooocus/inpaint` (text-to-image)."""

    inpaint_image_url: str
    """Inpaint Image Url: string."""
    prompt: str | Unset = UNSET
    """Prompt: string. Server default: ""."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: ""."""
    styles: list[FooocusInpaintInputStylesItem] | Unset = UNSET
    """Styles: list of one of "Fooocus V2", "Fooocus Enhance", "Fooocus Sharp", "Fooocus Semi
    Realistic", "Fooocus Masterpiece", "Fooocus Photograph", "Fooocus Negative", "Fooocus
    Cinematic", ... (277 values). Server default: ["Fooocus Enhance", "Fooocus V2", "Fooocus
    Sharp"]."""
    performance: FooocusInpaintInputPerformance | Unset = UNSET
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
    refiner_model: FooocusInpaintInputRefinerModel | Unset = UNSET
    """Refiner Model: one of "None", "realisticVisionV60B1_v51VAE.safetensors". Server default:
    "None"."""
    refiner_switch: float | Unset = UNSET
    """Refiner Switch At: number, 0 to 1, a multiple of 0.0001. Server default: 0.8."""
    output_format: FooocusInpaintInputOutputFormat | Unset = UNSET
    """Output Format: one of "png", "jpeg", "webp". Server default: "jpeg"."""
    sync_mode: bool | Unset = UNSET
    """Sync Mode: boolean. Server default: false."""
    seed: int | None | Unset = UNSET
    """Seed: integer or None."""
    mask_image_url: str | Unset = UNSET
    """Mask Image Url: string."""
    inpaint_mode: FooocusInpaintInputInpaintMode | Unset = UNSET
    """Inpaint Mode: one of "Inpaint or Outpaint (default)", "Improve Detail (face, hand, eyes,
    etc.)", "Modify Content (add objects, change background, etc.)". Server default: "Inpaint or
    Outpaint (default)"."""
    inpaint_additional_prompt: str | Unset = UNSET
    """Inpaint Additional Prompt: string. Server default: ""."""
    outpaint_selections: list[FooocusInpaintInputOutpaintSelectionsItem] | Unset = UNSET
    """Outpaint Direction: list of one of "Left", "Right", "Top", "Bottom". Server default: []."""
    override_inpaint_options: bool | Unset = UNSET
    """Override Inpaint Options: boolean. Server default: false."""
    inpaint_disable_initial_latent: bool | Unset = UNSET
    """Disable Initial Latent In Inpaint: boolean. Server default: false."""
    inpaint_engine: FooocusInpaintInputInpaintEngine | Unset = UNSET
    """Inpaint Engine: one of "None", "v1", "v2.5", "v2.6". Server default: "v2.6"."""
    inpaint_strength: float | Unset = UNSET
    """Inpaint Denoising Strength: number, at most 1, more than 0, a multiple of 0.001. Server
    default: 1."""
    inpaint_respective_field: float | Unset = UNSET
    """Inpaint Respective Field: number, 0 to 1, a multiple of 0.001. Server default: 0.618."""
    inpaint_erode_or_dilate: float | Unset = UNSET
    """Mask Erode or Dilate: number, -64 to 64, a multiple of 1. Server default: 0."""
    invert_mask: bool | Unset = UNSET
    """Invert Mask: boolean. Server default: false."""
    image_prompt_1: ImagePrompt | Unset = UNSET
    """ImagePrompt."""
    image_prompt_2: ImagePrompt | Unset = UNSET
    """ImagePrompt."""
    image_prompt_3: ImagePrompt | Unset = UNSET
    """ImagePrompt."""
    image_prompt_4: ImagePrompt | Unset = UNSET
    """ImagePrompt."""
    mixing_image_prompt_and_inpaint: bool | Unset = UNSET
    """Mixing Image Prompt and Inpaint: boolean. Server default: false."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        inpaint_image_url = self.inpaint_image_url

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

        mask_image_url = self.mask_image_url

        inpaint_mode: str | Unset = UNSET
        if not isinstance(self.inpaint_mode, Unset):
            inpaint_mode = self.inpaint_mode

        inpaint_additional_prompt = self.inpaint_additional_prompt

        outpaint_selections: list[str] | Unset = UNSET
        if not isinstance(self.outpaint_selections, Unset):
            outpaint_selections = []
            for outpaint_selections_item_data in self.outpaint_selections:
                outpaint_selections_item: str = outpaint_selections_item_data
                outpaint_selections.append(outpaint_selections_item)

        override_inpaint_options = self.override_inpaint_options

        inpaint_disable_initial_latent = self.inpaint_disable_initial_latent

        inpaint_engine: str | Unset = UNSET
        if not isinstance(self.inpaint_engine, Unset):
            inpaint_engine = self.inpaint_engine

        inpaint_strength = self.inpaint_strength

        inpaint_respective_field = self.inpaint_respective_field

        inpaint_erode_or_dilate = self.inpaint_erode_or_dilate

        invert_mask = self.invert_mask

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

        mixing_image_prompt_and_inpaint = self.mixing_image_prompt_and_inpaint

        enable_safety_checker = self.enable_safety_checker

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "inpaint_image_url": inpaint_image_url,
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
        if mask_image_url is not UNSET:
            field_dict["mask_image_url"] = mask_image_url
        if inpaint_mode is not UNSET:
            field_dict["inpaint_mode"] = inpaint_mode
        if inpaint_additional_prompt is not UNSET:
            field_dict["inpaint_additional_prompt"] = inpaint_additional_prompt
        if outpaint_selections is not UNSET:
            field_dict["outpaint_selections"] = outpaint_selections
        if override_inpaint_options is not UNSET:
            field_dict["override_inpaint_options"] = override_inpaint_options
        if inpaint_disable_initial_latent is not UNSET:
            field_dict["inpaint_disable_initial_latent"] = inpaint_disable_initial_latent
        if inpaint_engine is not UNSET:
            field_dict["inpaint_engine"] = inpaint_engine
        if inpaint_strength is not UNSET:
            field_dict["inpaint_strength"] = inpaint_strength
        if inpaint_respective_field is not UNSET:
            field_dict["inpaint_respective_field"] = inpaint_respective_field
        if inpaint_erode_or_dilate is not UNSET:
            field_dict["inpaint_erode_or_dilate"] = inpaint_erode_or_dilate
        if invert_mask is not UNSET:
            field_dict["invert_mask"] = invert_mask
        if image_prompt_1 is not UNSET:
            field_dict["image_prompt_1"] = image_prompt_1
        if image_prompt_2 is not UNSET:
            field_dict["image_prompt_2"] = image_prompt_2
        if image_prompt_3 is not UNSET:
            field_dict["image_prompt_3"] = image_prompt_3
        if image_prompt_4 is not UNSET:
            field_dict["image_prompt_4"] = image_prompt_4
        if mixing_image_prompt_and_inpaint is not UNSET:
            field_dict["mixing_image_prompt_and_inpaint"] = mixing_image_prompt_and_inpaint
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_prompt import ImagePrompt  # noqa: PLC0415
        from ..models.lora_weight_va6140d import LoraWeightVA6140D  # noqa: PLC0415

        d = dict(src_dict)
        inpaint_image_url = d.pop("inpaint_image_url")

        prompt = d.pop("prompt", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        _styles = d.pop("styles", UNSET)
        styles: list[FooocusInpaintInputStylesItem] | Unset = UNSET
        if _styles is not UNSET:
            styles = []
            for styles_item_data in _styles:
                styles_item = check_fooocus_inpaint_input_styles_item(styles_item_data)

                styles.append(styles_item)

        _performance = d.pop("performance", UNSET)
        performance: FooocusInpaintInputPerformance | Unset
        if isinstance(_performance, Unset):
            performance = UNSET
        else:
            performance = check_fooocus_inpaint_input_performance(_performance)

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
        refiner_model: FooocusInpaintInputRefinerModel | Unset
        if isinstance(_refiner_model, Unset):
            refiner_model = UNSET
        else:
            refiner_model = check_fooocus_inpaint_input_refiner_model(_refiner_model)

        refiner_switch = d.pop("refiner_switch", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: FooocusInpaintInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_fooocus_inpaint_input_output_format(_output_format)

        sync_mode = d.pop("sync_mode", UNSET)

        def _parse_seed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        seed = _parse_seed(d.pop("seed", UNSET))

        mask_image_url = d.pop("mask_image_url", UNSET)

        _inpaint_mode = d.pop("inpaint_mode", UNSET)
        inpaint_mode: FooocusInpaintInputInpaintMode | Unset
        if isinstance(_inpaint_mode, Unset):
            inpaint_mode = UNSET
        else:
            inpaint_mode = check_fooocus_inpaint_input_inpaint_mode(_inpaint_mode)

        inpaint_additional_prompt = d.pop("inpaint_additional_prompt", UNSET)

        _outpaint_selections = d.pop("outpaint_selections", UNSET)
        outpaint_selections: list[FooocusInpaintInputOutpaintSelectionsItem] | Unset = UNSET
        if _outpaint_selections is not UNSET:
            outpaint_selections = []
            for outpaint_selections_item_data in _outpaint_selections:
                outpaint_selections_item = check_fooocus_inpaint_input_outpaint_selections_item(
                    outpaint_selections_item_data
                )

                outpaint_selections.append(outpaint_selections_item)

        override_inpaint_options = d.pop("override_inpaint_options", UNSET)

        inpaint_disable_initial_latent = d.pop("inpaint_disable_initial_latent", UNSET)

        _inpaint_engine = d.pop("inpaint_engine", UNSET)
        inpaint_engine: FooocusInpaintInputInpaintEngine | Unset
        if isinstance(_inpaint_engine, Unset):
            inpaint_engine = UNSET
        else:
            inpaint_engine = check_fooocus_inpaint_input_inpaint_engine(_inpaint_engine)

        inpaint_strength = d.pop("inpaint_strength", UNSET)

        inpaint_respective_field = d.pop("inpaint_respective_field", UNSET)

        inpaint_erode_or_dilate = d.pop("inpaint_erode_or_dilate", UNSET)

        invert_mask = d.pop("invert_mask", UNSET)

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

        mixing_image_prompt_and_inpaint = d.pop("mixing_image_prompt_and_inpaint", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        fooocus_inpaint_input = cls(
            inpaint_image_url=inpaint_image_url,
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
            mask_image_url=mask_image_url,
            inpaint_mode=inpaint_mode,
            inpaint_additional_prompt=inpaint_additional_prompt,
            outpaint_selections=outpaint_selections,
            override_inpaint_options=override_inpaint_options,
            inpaint_disable_initial_latent=inpaint_disable_initial_latent,
            inpaint_engine=inpaint_engine,
            inpaint_strength=inpaint_strength,
            inpaint_respective_field=inpaint_respective_field,
            inpaint_erode_or_dilate=inpaint_erode_or_dilate,
            invert_mask=invert_mask,
            image_prompt_1=image_prompt_1,
            image_prompt_2=image_prompt_2,
            image_prompt_3=image_prompt_3,
            image_prompt_4=image_prompt_4,
            mixing_image_prompt_and_inpaint=mixing_image_prompt_and_inpaint,
            enable_safety_checker=enable_safety_checker,
        )

        return fooocus_inpaint_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.pixart_sigma_input_image_size_type_1 import (
    PixartSigmaInputImageSizeType1,
    check_pixart_sigma_input_image_size_type_1,
)
from ..models.pixart_sigma_input_scheduler import (
    PixartSigmaInputScheduler,
    check_pixart_sigma_input_scheduler,
)
from ..models.pixart_sigma_input_style import (
    PixartSigmaInputStyle,
    check_pixart_sigma_input_style,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size import ImageSize
    from .pixart_sigma_output import PixartSigmaOutput  # noqa: F401


T = TypeVar("T", bound="PixartSigmaInput")


@_attrs_define
class PixartSigmaInput(FalInput["PixartSigmaOutput"], endpoint="fal-ai/pixart-sigma"):
    """Input of `fal-ai/pixart-sigma` (text-to-image)."""

    prompt: str
    """Prompt: string."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: ""."""
    style: PixartSigmaInputStyle | Unset = UNSET
    """Style: one of "(No style)", "Cinematic", "Photographic", "Anime", "Manga", "Digital Art",
    "Pixel art", "Fantasy art", ... (10 values). Server default: "(No style)"."""
    image_size: ImageSize | PixartSigmaInputImageSizeType1 | Unset = UNSET
    """Image Size: ImageSize or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9". Server default: "square_hd"."""
    num_inference_steps: int | Unset = UNSET
    """Num Inference Steps: integer, 5 to 50. Server default: 35."""
    scheduler: PixartSigmaInputScheduler | Unset = UNSET
    """Scheduler: one of "DPM-SOLVER", "SA-SOLVER". Server default: "DPM-SOLVER"."""
    guidance_scale: float | Unset = UNSET
    """Guidance scale (CFG): number, 1 to 10. Server default: 4.5."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    sync_mode: bool | Unset = UNSET
    """Sync Mode: boolean. Server default: false."""
    num_images: int | Unset = UNSET
    """Num Images: integer, 1 to 8. Server default: 1."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: false."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size import ImageSize  # noqa: PLC0415

        prompt = self.prompt

        negative_prompt = self.negative_prompt

        style: str | Unset = UNSET
        if not isinstance(self.style, Unset):
            style = self.style

        image_size: dict[str, Any] | str | Unset
        if isinstance(self.image_size, Unset):
            image_size = UNSET
        elif isinstance(self.image_size, ImageSize):
            image_size = self.image_size.to_dict()
        else:
            image_size = self.image_size

        num_inference_steps = self.num_inference_steps

        scheduler: str | Unset = UNSET
        if not isinstance(self.scheduler, Unset):
            scheduler = self.scheduler

        guidance_scale = self.guidance_scale

        seed = self.seed

        sync_mode = self.sync_mode

        num_images = self.num_images

        enable_safety_checker = self.enable_safety_checker

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if style is not UNSET:
            field_dict["style"] = style
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if scheduler is not UNSET:
            field_dict["scheduler"] = scheduler
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if seed is not UNSET:
            field_dict["seed"] = seed
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_size import ImageSize  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        negative_prompt = d.pop("negative_prompt", UNSET)

        _style = d.pop("style", UNSET)
        style: PixartSigmaInputStyle | Unset
        if isinstance(_style, Unset):
            style = UNSET
        else:
            style = check_pixart_sigma_input_style(_style)

        def _parse_image_size(data: object) -> ImageSize | PixartSigmaInputImageSizeType1 | Unset:
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
            image_size_type_1 = check_pixart_sigma_input_image_size_type_1(data)

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        _scheduler = d.pop("scheduler", UNSET)
        scheduler: PixartSigmaInputScheduler | Unset
        if isinstance(_scheduler, Unset):
            scheduler = UNSET
        else:
            scheduler = check_pixart_sigma_input_scheduler(_scheduler)

        guidance_scale = d.pop("guidance_scale", UNSET)

        seed = d.pop("seed", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        num_images = d.pop("num_images", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        pixart_sigma_input = cls(
            prompt=prompt,
            negative_prompt=negative_prompt,
            style=style,
            image_size=image_size,
            num_inference_steps=num_inference_steps,
            scheduler=scheduler,
            guidance_scale=guidance_scale,
            seed=seed,
            sync_mode=sync_mode,
            num_images=num_images,
            enable_safety_checker=enable_safety_checker,
        )

        return pixart_sigma_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.sky_raccoon_input_image_size_type_1 import (
    SkyRaccoonInputImageSizeType1,
    check_sky_raccoon_input_image_size_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size import ImageSize
    from .sky_raccoon_output import SkyRaccoonOutput  # noqa: F401


T = TypeVar("T", bound="SkyRaccoonInput")


@_attrs_define
class SkyRaccoonInput(FalInput["SkyRaccoonOutput"], endpoint="fal-ai/sky-raccoon"):
    """Input of `fal-ai/sky-raccoon` (text-to-image). fal no longer lists this endpoint."""

    prompt: str
    """Prompt: string."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: "bright colors, overexposed, static, blurred
    details, subtitles, style, artwork, painting, picture, still, overall gray, worst quality,
    low quality, JPEG compression residue, ugly, incomplete, extra fingers, poorly drawn hands,
    poorly drawn faces, deformed, disfigured, malformed limbs, fused fingers, still picture,
    cluttered background, three legs, many people in the background, walking backwards"."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    num_inference_steps: int | Unset = UNSET
    """Num Inference Steps: integer, 2 to 40. Server default: 30."""
    image_size: ImageSize | SkyRaccoonInputImageSizeType1 | Unset = UNSET
    """Image Size: ImageSize or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9". Server default: {"height": 1024, "width": 1024}."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: false."""
    enable_prompt_expansion: bool | Unset = UNSET
    """Enable Prompt Expansion: boolean. Server default: false."""
    turbo_mode: bool | Unset = UNSET
    """Turbo Mode: boolean. Server default: false."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size import ImageSize  # noqa: PLC0415

        prompt = self.prompt

        negative_prompt = self.negative_prompt

        seed = self.seed

        num_inference_steps = self.num_inference_steps

        image_size: dict[str, Any] | str | Unset
        if isinstance(self.image_size, Unset):
            image_size = UNSET
        elif isinstance(self.image_size, ImageSize):
            image_size = self.image_size.to_dict()
        else:
            image_size = self.image_size

        enable_safety_checker = self.enable_safety_checker

        enable_prompt_expansion = self.enable_prompt_expansion

        turbo_mode = self.turbo_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if seed is not UNSET:
            field_dict["seed"] = seed
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if enable_prompt_expansion is not UNSET:
            field_dict["enable_prompt_expansion"] = enable_prompt_expansion
        if turbo_mode is not UNSET:
            field_dict["turbo_mode"] = turbo_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_size import ImageSize  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        negative_prompt = d.pop("negative_prompt", UNSET)

        seed = d.pop("seed", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        def _parse_image_size(data: object) -> ImageSize | SkyRaccoonInputImageSizeType1 | Unset:
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
            image_size_type_1 = check_sky_raccoon_input_image_size_type_1(data)

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        enable_prompt_expansion = d.pop("enable_prompt_expansion", UNSET)

        turbo_mode = d.pop("turbo_mode", UNSET)

        sky_raccoon_input = cls(
            prompt=prompt,
            negative_prompt=negative_prompt,
            seed=seed,
            num_inference_steps=num_inference_steps,
            image_size=image_size,
            enable_safety_checker=enable_safety_checker,
            enable_prompt_expansion=enable_prompt_expansion,
            turbo_mode=turbo_mode,
        )

        return sky_raccoon_input

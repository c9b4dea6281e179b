from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.janus_input_image_size_type_1 import (
    JanusInputImageSizeType1,
    check_janus_input_image_size_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size import ImageSize
    from .janus_output import JanusOutput  # noqa: F401


T = TypeVar("T", bound="JanusInput")


@_attrs_define
class JanusInput(FalInput["JanusOutput"], endpoint="fal-ai/janus"):
    """Input of `fal-ai/janus` (text-to-image)."""

    prompt: str
    """Prompt: string."""
    image_size: ImageSize | JanusInputImageSizeType1 | Unset = UNSET
    """Image Size: ImageSize or one of "square_hd", "square", "portrait_4_3", "portrait_16_9",
    "landscape_4_3", "landscape_16_9". Server default: "square"."""
    temperature: float | Unset = UNSET
    """Temperature: number, 0.1 to 2. Server default: 1."""
    cfg_weight: float | Unset = UNSET
    """Cfg Weight: number, 1 to 20. Server default: 5."""
    num_images: int | Unset = UNSET
    """Num Images: integer, 1 to 16. Server default: 1."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    enable_safety_checker: bool | Unset = UNSET
    """Enable Safety Checker: boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_size import ImageSize  # noqa: PLC0415

        prompt = self.prompt

        image_size: dict[str, Any] | str | Unset
        if isinstance(self.image_size, Unset):
            image_size = UNSET
        elif isinstance(self.image_size, ImageSize):
            image_size = self.image_size.to_dict()
        else:
            image_size = self.image_size

        temperature = self.temperature

        cfg_weight = self.cfg_weight

        num_images = self.num_images

        seed = self.seed

        enable_safety_checker = self.enable_safety_checker

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if cfg_weight is not UNSET:
            field_dict["cfg_weight"] = cfg_weight
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if seed is not UNSET:
            field_dict["seed"] = seed
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_size import ImageSize  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        def _parse_image_size(data: object) -> ImageSize | JanusInputImageSizeType1 | Unset:
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
            image_size_type_1 = check_janus_input_image_size_type_1(data)

            return image_size_type_1

        image_size = _parse_image_size(d.pop("image_size", UNSET))

        temperature = d.pop("temperature", UNSET)

        cfg_weight = d.pop("cfg_weight", UNSET)

        num_images = d.pop("num_images", UNSET)

        seed = d.pop("seed", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        janus_input = cls(
            prompt=prompt,
            image_size=image_size,
            temperature=temperature,
            cfg_weight=cfg_weight,
            num_images=num_images,
            seed=seed,
            enable_safety_checker=enable_safety_checker,
        )

        return janus_input

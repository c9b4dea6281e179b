from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.imagen_3_fast_input_aspect_ratio import (
    Imagen3FastInputAspectRatio,
    check_imagen_3_fast_input_aspect_ratio,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .imagen_3_fast_output import Imagen3FastOutput  # noqa: F401


T = TypeVar("T", bound="Imagen3FastInput")


@_attrs_define
class Imagen3FastInput(FalInput["Imagen3FastOutput"], endpoint="fal-ai/imagen3/fast"):
    """Input of `fal-ai/imagen3/fast` (text-to-image). fal no longer lists this endpoint."""

    prompt: str
    """Prompt: string."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: ""."""
    aspect_ratio: Imagen3FastInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "1:1", "16:9", "9:16", "3:4", "4:3". Server default: "1:1"."""
    num_images: int | Unset = UNSET
    """Num Images: integer, 1 to 4. Server default: 1."""
    seed: int | Unset = UNSET
    """Seed: integer."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        negative_prompt = self.negative_prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        num_images = self.num_images

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        negative_prompt = d.pop("negative_prompt", UNSET)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Imagen3FastInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_imagen_3_fast_input_aspect_ratio(_aspect_ratio)

        num_images = d.pop("num_images", UNSET)

        seed = d.pop("seed", UNSET)

        imagen_3_fast_input = cls(
            prompt=prompt,
            negative_prompt=negative_prompt,
            aspect_ratio=aspect_ratio,
            num_images=num_images,
            seed=seed,
        )

        return imagen_3_fast_input

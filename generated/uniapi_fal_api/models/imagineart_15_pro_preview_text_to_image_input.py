from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.imagineart_15_pro_preview_text_to_image_input_aspect_ratio import (
    Imagineart15ProPreviewTextToImageInputAspectRatio,
    check_imagineart_15_pro_preview_text_to_image_input_aspect_ratio,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .imagineart_15_pro_preview_text_to_image_output import (
        Imagineart15ProPreviewTextToImageOutput,  # noqa: F401
    )


T = TypeVar("T", bound="Imagineart15ProPreviewTextToImageInput")


@_attrs_define
class Imagineart15ProPreviewTextToImageInput(
    FalInput["Imagineart15ProPreviewTextToImageOutput"],
    endpoint="imagineart/imagineart-1.5-pro-preview/text-to-image",
):
    """Input of `imagineart/imagineart-1.5-pro-preview/text-to-image` (text-to-image)."""

    prompt: str
    """Prompt: string."""
    aspect_ratio: Imagineart15ProPreviewTextToImageInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "1:1", "16:9", "9:16", "4:3", "3:4", "3:1", "1:3", "3:2", ... (9
    values). Server default: "1:1"."""
    seed: int | Unset = UNSET
    """Seed: integer."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Imagineart15ProPreviewTextToImageInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_imagineart_15_pro_preview_text_to_image_input_aspect_ratio(
                _aspect_ratio
            )

        seed = d.pop("seed", UNSET)

        imagineart_15_pro_preview_text_to_image_input = cls(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            seed=seed,
        )

        return imagineart_15_pro_preview_text_to_image_input

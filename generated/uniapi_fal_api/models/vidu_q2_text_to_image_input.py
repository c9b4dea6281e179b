from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.vidu_q2_text_to_image_input_aspect_ratio import (
    ViduQ2TextToImageInputAspectRatio,
    check_vidu_q2_text_to_image_input_aspect_ratio,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .vidu_q2_text_to_image_output import ViduQ2TextToImageOutput  # noqa: F401


T = TypeVar("T", bound="ViduQ2TextToImageInput")


@_attrs_define
class ViduQ2TextToImageInput(
    FalInput["ViduQ2TextToImageOutput"], endpoint="fal-ai/vidu/q2/text-to-image"
):
    """Input of `fal-ai/vidu/q2/text-to-image` (text-to-image)."""

    prompt: str
    """Prompt: string, at most 1,500 characters."""
    aspect_ratio: ViduQ2TextToImageInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "16:9", "9:16", "1:1". Server default: "16:9"."""
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
        aspect_ratio: ViduQ2TextToImageInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_vidu_q2_text_to_image_input_aspect_ratio(_aspect_ratio)

        seed = d.pop("seed", UNSET)

        vidu_q2_text_to_image_input = cls(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            seed=seed,
        )

        return vidu_q2_text_to_image_input

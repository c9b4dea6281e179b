from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput

if TYPE_CHECKING:
    from .half_moon_ai_ai_detector_detect_image_output import (
        HalfMoonAiAiDetectorDetectImageOutput,  # noqa: F401
    )


T = TypeVar("T", bound="HalfMoonAiAiDetectorDetectImageInput")


@_attrs_define
class HalfMoonAiAiDetectorDetectImageInput(
    FalInput["HalfMoonAiAiDetectorDetectImageOutput"],
    endpoint="half-moon-ai/ai-detector/detect-image",
):
    """Input of `half-moon-ai/ai-detector/detect-image` (vision). fal no longer lists this endpoint."""

    image_url: str
    """Image Url: string."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        half_moon_ai_ai_detector_detect_image_input = cls(
            image_url=image_url,
        )

        return half_moon_ai_ai_detector_detect_image_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput

if TYPE_CHECKING:
    from .half_moon_ai_ai_detector_detect_text_output import (
        HalfMoonAiAiDetectorDetectTextOutput,  # noqa: F401
    )


T = TypeVar("T", bound="HalfMoonAiAiDetectorDetectTextInput")


@_attrs_define
class HalfMoonAiAiDetectorDetectTextInput(
    FalInput["HalfMoonAiAiDetectorDetectTextOutput"],
    endpoint="half-moon-ai/ai-detector/detect-text",
):
    """Input of `half-moon-ai/ai-detector/detect-text` (text-to-text). fal no longer lists this endpoint."""

    text: str
    """Text: string, 1 to 20,000 characters."""

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        half_moon_ai_ai_detector_detect_text_input = cls(
            text=text,
        )

        return half_moon_ai_ai_detector_detect_text_input

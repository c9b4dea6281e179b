from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="HalfMoonAiAiDetectorDetectTextOutput")


@_attrs_define
class HalfMoonAiAiDetectorDetectTextOutput:
    """Output of `half-moon-ai/ai-detector/detect-text` (text-to-text). fal no longer lists this endpoint."""

    verdict: str
    """Verdict: string."""
    confidence: float
    """Confidence: number."""
    is_ai_generated: bool
    """Is Ai Generated: boolean."""
    latency: float
    """Latency: number."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        verdict = self.verdict

        confidence = self.confidence

        is_ai_generated = self.is_ai_generated

        latency = self.latency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "verdict": verdict,
                "confidence": confidence,
                "is_ai_generated": is_ai_generated,
                "latency": latency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        verdict = d.pop("verdict")

        confidence = d.pop("confidence")

        is_ai_generated = d.pop("is_ai_generated")

        latency = d.pop("latency")

        half_moon_ai_ai_detector_detect_text_output = cls(
            verdict=verdict,
            confidence=confidence,
            is_ai_generated=is_ai_generated,
            latency=latency,
        )

        half_moon_ai_ai_detector_detect_text_output.additional_properties = d
        return half_moon_ai_ai_detector_detect_text_output

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput

if TYPE_CHECKING:
    from .minimax_voice_design_output import MinimaxVoiceDesignOutput  # noqa: F401


T = TypeVar("T", bound="MinimaxVoiceDesignInput")


@_attrs_define
class MinimaxVoiceDesignInput(
    FalInput["MinimaxVoiceDesignOutput"], endpoint="fal-ai/minimax/voice-design"
):
    """Input of `fal-ai/minimax/voice-design` (text-to-speech)."""

    prompt: str
    """Prompt: string, at most 2,000 characters."""
    preview_text: str
    """Preview Text: string, at most 500 characters."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        preview_text = self.preview_text

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "preview_text": preview_text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        preview_text = d.pop("preview_text")

        minimax_voice_design_input = cls(
            prompt=prompt,
            preview_text=preview_text,
        )

        return minimax_voice_design_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput

if TYPE_CHECKING:
    from .smart_turn_output import SmartTurnOutput  # noqa: F401


T = TypeVar("T", bound="SmartTurnInput")


@_attrs_define
class SmartTurnInput(FalInput["SmartTurnOutput"], endpoint="fal-ai/smart-turn"):
    """Input of `fal-ai/smart-turn` (speech-to-text)."""

    audio_url: str
    """Audio Url: string."""

    def to_dict(self) -> dict[str, Any]:
        audio_url = self.audio_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "audio_url": audio_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio_url = d.pop("audio_url")

        smart_turn_input = cls(
            audio_url=audio_url,
        )

        return smart_turn_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput

if TYPE_CHECKING:
    from .silero_vad_output import SileroVadOutput  # noqa: F401


T = TypeVar("T", bound="SileroVadInput")


@_attrs_define
class SileroVadInput(FalInput["SileroVadOutput"], endpoint="fal-ai/silero-vad"):
    """Input of `fal-ai/silero-vad` (audio-to-text)."""

    audio_url: str
    """Audio URL: string."""

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

        silero_vad_input = cls(
            audio_url=audio_url,
        )

        return silero_vad_input

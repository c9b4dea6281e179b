from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .qwen_3_tts_clone_voice_17b_output import Qwen3TtsCloneVoice17BOutput  # noqa: F401


T = TypeVar("T", bound="Qwen3TtsCloneVoice17BInput")


@_attrs_define
class Qwen3TtsCloneVoice17BInput(
    FalInput["Qwen3TtsCloneVoice17BOutput"], endpoint="fal-ai/qwen-3-tts/clone-voice/1.7b"
):
    """Input of `fal-ai/qwen-3-tts/clone-voice/1.7b` (unknown)."""

    audio_url: str
    """Audio Url: string."""
    reference_text: str | Unset = UNSET
    """Reference Text: string."""

    def to_dict(self) -> dict[str, Any]:
        audio_url = self.audio_url

        reference_text = self.reference_text

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "audio_url": audio_url,
            }
        )
        if reference_text is not UNSET:
            field_dict["reference_text"] = reference_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio_url = d.pop("audio_url")

        reference_text = d.pop("reference_text", UNSET)

        qwen_3_tts_clone_voice_17b_input = cls(
            audio_url=audio_url,
            reference_text=reference_text,
        )

        return qwen_3_tts_clone_voice_17b_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.inworld_tts_input_sample_rate_hertz import (
    InworldTtsInputSampleRateHertz,
    check_inworld_tts_input_sample_rate_hertz,
)
from ..models.inworld_tts_input_voice import (
    InworldTtsInputVoice,
    check_inworld_tts_input_voice,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .inworld_tts_output import InworldTtsOutput  # noqa: F401


T = TypeVar("T", bound="InworldTtsInput")


@_attrs_define
class InworldTtsInput(FalInput["InworldTtsOutput"], endpoint="fal-ai/inworld-tts"):
    """Input of `fal-ai/inworld-tts` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript types):
    types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    text: str
    """String."""
    sample_rate_hertz: InworldTtsInputSampleRateHertz | Unset = UNSET
    """One of 8000, 16000, 24000, 32000, 40000, 48000."""
    voice: InworldTtsInputVoice | Unset = UNSET
    """One of "Loretta (en)", "Darlene (en)", "Marlene (en)", "Hank (en)", "Evelyn (en)", "Celeste
    (en)", "Pippa (en)", "Tessa (en)", ... (113 values). Server default: "Craig (en)"."""

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        sample_rate_hertz: int | Unset = UNSET
        if not isinstance(self.sample_rate_hertz, Unset):
            sample_rate_hertz = self.sample_rate_hertz

        voice: str | Unset = UNSET
        if not isinstance(self.voice, Unset):
            voice = self.voice

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "text": text,
            }
        )
        if sample_rate_hertz is not UNSET:
            field_dict["sample_rate_hertz"] = sample_rate_hertz
        if voice is not UNSET:
            field_dict["voice"] = voice

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        _sample_rate_hertz = d.pop("sample_rate_hertz", UNSET)
        sample_rate_hertz: InworldTtsInputSampleRateHertz | Unset
        if isinstance(_sample_rate_hertz, Unset):
            sample_rate_hertz = UNSET
        else:
            sample_rate_hertz = check_inworld_tts_input_sample_rate_hertz(_sample_rate_hertz)

        _voice = d.pop("voice", UNSET)
        voice: InworldTtsInputVoice | Unset
        if isinstance(_voice, Unset):
            voice = UNSET
        else:
            voice = check_inworld_tts_input_voice(_voice)

        inworld_tts_input = cls(
            text=text,
            sample_rate_hertz=sample_rate_hertz,
            voice=voice,
        )

        return inworld_tts_input

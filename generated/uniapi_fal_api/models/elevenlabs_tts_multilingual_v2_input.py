from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .elevenlabs_tts_multilingual_v2_output import ElevenlabsTtsMultilingualV2Output  # noqa: F401


T = TypeVar("T", bound="ElevenlabsTtsMultilingualV2Input")


@_attrs_define
class ElevenlabsTtsMultilingualV2Input(
    FalInput["ElevenlabsTtsMultilingualV2Output"], endpoint="fal-ai/elevenlabs/tts/multilingual-v2"
):
    """Input of `fal-ai/elevenlabs/tts/multilingual-v2` (text-to-audio)."""

    text: str
    """Text: string, at least 1 character."""
    voice: str | Unset = UNSET
    """Voice: string. Server default: "Rachel"."""
    stability: float | Unset = UNSET
    """Stability: number, 0 to 1. Server default: 0.5."""
    similarity_boost: float | Unset = UNSET
    """Similarity Boost: number, 0 to 1. Server default: 0.75."""
    style: float | Unset = UNSET
    """Style: number, 0 to 1. Server default: 0."""
    speed: float | Unset = UNSET
    """Speed: number, 0.7 to 1.2. Server default: 1."""
    timestamps: bool | Unset = UNSET
    """Timestamps: boolean. Server default: false."""
    previous_text: None | str | Unset = UNSET
    """Previous Text: string or None."""
    next_text: None | str | Unset = UNSET
    """Next Text: string or None."""
    language_code: None | str | Unset = UNSET
    """Language Code: string or None."""

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        voice = self.voice

        stability = self.stability

        similarity_boost = self.similarity_boost

        style = self.style

        speed = self.speed

        timestamps = self.timestamps

        previous_text: None | str | Unset
        if isinstance(self.previous_text, Unset):
            previous_text = UNSET
        else:
            previous_text = self.previous_text

        next_text: None | str | Unset
        if isinstance(self.next_text, Unset):
            next_text = UNSET
        else:
            next_text = self.next_text

        language_code: None | str | Unset
        if isinstance(self.language_code, Unset):
            language_code = UNSET
        else:
            language_code = self.language_code

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "text": text,
            }
        )
        if voice is not UNSET:
            field_dict["voice"] = voice
        if stability is not UNSET:
            field_dict["stability"] = stability
        if similarity_boost is not UNSET:
            field_dict["similarity_boost"] = similarity_boost
        if style is not UNSET:
            field_dict["style"] = style
        if speed is not UNSET:
            field_dict["speed"] = speed
        if timestamps is not UNSET:
            field_dict["timestamps"] = timestamps
        if previous_text is not UNSET:
            field_dict["previous_text"] = previous_text
        if next_text is not UNSET:
            field_dict["next_text"] = next_text
        if language_code is not UNSET:
            field_dict["language_code"] = language_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        voice = d.pop("voice", UNSET)

        stability = d.pop("stability", UNSET)

        similarity_boost = d.pop("similarity_boost", UNSET)

        style = d.pop("style", UNSET)

        speed = d.pop("speed", UNSET)

        timestamps = d.pop("timestamps", UNSET)

        def _parse_previous_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        previous_text = _parse_previous_text(d.pop("previous_text", UNSET))

        def _parse_next_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_text = _parse_next_text(d.pop("next_text", UNSET))

        def _parse_language_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language_code = _parse_language_code(d.pop("language_code", UNSET))

        elevenlabs_tts_multilingual_v2_input = cls(
            text=text,
            voice=voice,
            stability=stability,
            similarity_boost=similarity_boost,
            style=style,
            speed=speed,
            timestamps=timestamps,
            previous_text=previous_text,
            next_text=next_text,
            language_code=language_code,
        )

        return elevenlabs_tts_multilingual_v2_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.nvidia_nemotron_asr_multilingual_asr_input_acceleration import (
    NvidiaNemotronAsrMultilingualAsrInputAcceleration,
    check_nvidia_nemotron_asr_multilingual_asr_input_acceleration,
)
from ..models.nvidia_nemotron_asr_multilingual_asr_input_language import (
    NvidiaNemotronAsrMultilingualAsrInputLanguage,
    check_nvidia_nemotron_asr_multilingual_asr_input_language,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .nvidia_nemotron_asr_multilingual_asr_output import (
        NvidiaNemotronAsrMultilingualAsrOutput,  # noqa: F401
    )


T = TypeVar("T", bound="NvidiaNemotronAsrMultilingualAsrInput")


@_attrs_define
class NvidiaNemotronAsrMultilingualAsrInput(
    FalInput["NvidiaNemotronAsrMultilingualAsrOutput"],
    endpoint="nvidia/nemotron-asr-multilingual/asr",
):
    """Input of `nvidia/nemotron-asr-multilingual/asr` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    audio_url: str
    """URL or local file."""
    acceleration: NvidiaNemotronAsrMultilingualAsrInputAcceleration | Unset = UNSET
    """One of "none", "regular", "high", "full". Server default: "regular"."""
    language: NvidiaNemotronAsrMultilingualAsrInputLanguage | Unset = UNSET
    """One of "auto", "en-US", "en-GB", "es-US", "es-ES", "de-DE", "fr-FR", "fr-CA", ... (41
    values). Server default: "auto"."""

    def to_dict(self) -> dict[str, Any]:
        audio_url = self.audio_url

        acceleration: str | Unset = UNSET
        if not isinstance(self.acceleration, Unset):
            acceleration = self.acceleration

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "audio_url": audio_url,
            }
        )
        if acceleration is not UNSET:
            field_dict["acceleration"] = acceleration
        if language is not UNSET:
            field_dict["language"] = language

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio_url = d.pop("audio_url")

        _acceleration = d.pop("acceleration", UNSET)
        acceleration: NvidiaNemotronAsrMultilingualAsrInputAcceleration | Unset
        if isinstance(_acceleration, Unset):
            acceleration = UNSET
        else:
            acceleration = check_nvidia_nemotron_asr_multilingual_asr_input_acceleration(
                _acceleration
            )

        _language = d.pop("language", UNSET)
        language: NvidiaNemotronAsrMultilingualAsrInputLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = check_nvidia_nemotron_asr_multilingual_asr_input_language(_language)

        nvidia_nemotron_asr_multilingual_asr_input = cls(
            audio_url=audio_url,
            acceleration=acceleration,
            language=language,
        )

        return nvidia_nemotron_asr_multilingual_asr_input

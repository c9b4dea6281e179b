from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.mirelo_ai_sfx_16_text_to_audio_input_upload_audio_format import (
    MireloAiSfx16TextToAudioInputUploadAudioFormat,
    check_mirelo_ai_sfx_16_text_to_audio_input_upload_audio_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .mirelo_ai_sfx_16_text_to_audio_output import MireloAiSfx16TextToAudioOutput  # noqa: F401


T = TypeVar("T", bound="MireloAiSfx16TextToAudioInput")


@_attrs_define
class MireloAiSfx16TextToAudioInput(
    FalInput["MireloAiSfx16TextToAudioOutput"], endpoint="mirelo-ai/sfx1.6/text-to-audio"
):
    """Input of `mirelo-ai/sfx1.6/text-to-audio` (text-to-audio). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    text_prompt: str
    """String."""
    ambience: bool | Unset = UNSET
    """Boolean."""
    double_output: bool | Unset = UNSET
    """Boolean."""
    duration: float | Unset = UNSET
    """Number. Server default: 10."""
    num_samples: float | Unset = UNSET
    """Number. Server default: 1."""
    seed: float | Unset = UNSET
    """Number."""
    upload_audio_format: MireloAiSfx16TextToAudioInputUploadAudioFormat | Unset = UNSET
    """One of "wav", "mp3", "aac", "flac". Server default: "wav"."""

    def to_dict(self) -> dict[str, Any]:
        text_prompt = self.text_prompt

        ambience = self.ambience

        double_output = self.double_output

        duration = self.duration

        num_samples = self.num_samples

        seed = self.seed

        upload_audio_format: str | Unset = UNSET
        if not isinstance(self.upload_audio_format, Unset):
            upload_audio_format = self.upload_audio_format

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "text_prompt": text_prompt,
            }
        )
        if ambience is not UNSET:
            field_dict["ambience"] = ambience
        if double_output is not UNSET:
            field_dict["double_output"] = double_output
        if duration is not UNSET:
            field_dict["duration"] = duration
        if num_samples is not UNSET:
            field_dict["num_samples"] = num_samples
        if seed is not UNSET:
            field_dict["seed"] = seed
        if upload_audio_format is not UNSET:
            field_dict["upload_audio_format"] = upload_audio_format

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text_prompt = d.pop("text_prompt")

        ambience = d.pop("ambience", UNSET)

        double_output = d.pop("double_output", UNSET)

        duration = d.pop("duration", UNSET)

        num_samples = d.pop("num_samples", UNSET)

        seed = d.pop("seed", UNSET)

        _upload_audio_format = d.pop("upload_audio_format", UNSET)
        upload_audio_format: MireloAiSfx16TextToAudioInputUploadAudioFormat | Unset
        if isinstance(_upload_audio_format, Unset):
            upload_audio_format = UNSET
        else:
            upload_audio_format = check_mirelo_ai_sfx_16_text_to_audio_input_upload_audio_format(
                _upload_audio_format
            )

        mirelo_ai_sfx_16_text_to_audio_input = cls(
            text_prompt=text_prompt,
            ambience=ambience,
            double_output=double_output,
            duration=duration,
            num_samples=num_samples,
            seed=seed,
            upload_audio_format=upload_audio_format,
        )

        return mirelo_ai_sfx_16_text_to_audio_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.mirelo_ai_sfx_16_extend_audio_input_upload_audio_format import (
    MireloAiSfx16ExtendAudioInputUploadAudioFormat,
    check_mirelo_ai_sfx_16_extend_audio_input_upload_audio_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .mirelo_ai_sfx_16_extend_audio_output import MireloAiSfx16ExtendAudioOutput  # noqa: F401


T = TypeVar("T", bound="MireloAiSfx16ExtendAudioInput")


@_attrs_define
class MireloAiSfx16ExtendAudioInput(
    FalInput["MireloAiSfx16ExtendAudioOutput"], endpoint="mirelo-ai/sfx1.6/extend-audio"
):
    """Input of `mirelo-ai/sfx1.6/extend-audio` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    audio_url: str
    """URL or local file."""
    ambience: bool | Unset = UNSET
    """Boolean."""
    append_duration: float | Unset = UNSET
    """Number. Server default: 10."""
    double_output: bool | Unset = UNSET
    """Boolean."""
    num_samples: float | Unset = UNSET
    """Number. Server default: 1."""
    seed: float | Unset = UNSET
    """Number."""
    text_prompt: str | Unset = UNSET
    """String."""
    upload_audio_format: MireloAiSfx16ExtendAudioInputUploadAudioFormat | Unset = UNSET
    """One of "wav", "mp3", "aac", "flac". Server default: "wav"."""

    def to_dict(self) -> dict[str, Any]:
        audio_url = self.audio_url

        ambience = self.ambience

        append_duration = self.append_duration

        double_output = self.double_output

        num_samples = self.num_samples

        seed = self.seed

        text_prompt = self.text_prompt

        upload_audio_format: str | Unset = UNSET
        if not isinstance(self.upload_audio_format, Unset):
            upload_audio_format = self.upload_audio_format

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "audio_url": audio_url,
            }
        )
        if ambience is not UNSET:
            field_dict["ambience"] = ambience
        if append_duration is not UNSET:
            field_dict["append_duration"] = append_duration
        if double_output is not UNSET:
            field_dict["double_output"] = double_output
        if num_samples is not UNSET:
            field_dict["num_samples"] = num_samples
        if seed is not UNSET:
            field_dict["seed"] = seed
        if text_prompt is not UNSET:
            field_dict["text_prompt"] = text_prompt
        if upload_audio_format is not UNSET:
            field_dict["upload_audio_format"] = upload_audio_format

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio_url = d.pop("audio_url")

        ambience = d.pop("ambience", UNSET)

        append_duration = d.pop("append_duration", UNSET)

        double_output = d.pop("double_output", UNSET)

        num_samples = d.pop("num_samples", UNSET)

        seed = d.pop("seed", UNSET)

        text_prompt = d.pop("text_prompt", UNSET)

        _upload_audio_format = d.pop("upload_audio_format", UNSET)
        upload_audio_format: MireloAiSfx16ExtendAudioInputUploadAudioFormat | Unset
        if isinstance(_upload_audio_format, Unset):
            upload_audio_format = UNSET
        else:
            upload_audio_format = check_mirelo_ai_sfx_16_extend_audio_input_upload_audio_format(
                _upload_audio_format
            )

        mirelo_ai_sfx_16_extend_audio_input = cls(
            audio_url=audio_url,
            ambience=ambience,
            append_duration=append_duration,
            double_output=double_output,
            num_samples=num_samples,
            seed=seed,
            text_prompt=text_prompt,
            upload_audio_format=upload_audio_format,
        )

        return mirelo_ai_sfx_16_extend_audio_input

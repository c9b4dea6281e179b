from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.heygen_v2_translate_precision_input_output_language import (
    HeygenV2TranslatePrecisionInputOutputLanguage,
    check_heygen_v2_translate_precision_input_output_language,
)
from ..models.heygen_v2_translate_precision_input_srt_role import (
    HeygenV2TranslatePrecisionInputSrtRole,
    check_heygen_v2_translate_precision_input_srt_role,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .heygen_v2_translate_precision_output import HeygenV2TranslatePrecisionOutput  # noqa: F401


T = TypeVar("T", bound="HeygenV2TranslatePrecisionInput")


@_attrs_define
class HeygenV2TranslatePrecisionInput(
    FalInput["HeygenV2TranslatePrecisionOutput"], endpoint="fal-ai/heygen/v2/translate/precision"
):
    """Input of `fal-ai/heygen/v2/translate/precision` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    output_language: HeygenV2TranslatePrecisionInputOutputLanguage
    """One of "English", "Spanish", "French", "Hindi", "Italian", "German", "Polish", "Portuguese",
    ... (178 values)."""
    video_url: str
    """URL or local file."""
    brand_glossary_id: str | Unset = UNSET
    """String."""
    enable_caption: bool | Unset = UNSET
    """Boolean."""
    enable_dynamic_duration: bool | Unset = UNSET
    """Boolean. Server default: true."""
    speaker_num: float | Unset = UNSET
    """Number."""
    srt_role: HeygenV2TranslatePrecisionInputSrtRole | Unset = UNSET
    """One of "input", "output"."""
    srt_url: str | Unset = UNSET
    """URL or local file."""
    translate_audio_only: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        output_language: str = self.output_language

        video_url = self.video_url

        brand_glossary_id = self.brand_glossary_id

        enable_caption = self.enable_caption

        enable_dynamic_duration = self.enable_dynamic_duration

        speaker_num = self.speaker_num

        srt_role: str | Unset = UNSET
        if not isinstance(self.srt_role, Unset):
            srt_role = self.srt_role

        srt_url = self.srt_url

        translate_audio_only = self.translate_audio_only

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "output_language": output_language,
                "video_url": video_url,
            }
        )
        if brand_glossary_id is not UNSET:
            field_dict["brand_glossary_id"] = brand_glossary_id
        if enable_caption is not UNSET:
            field_dict["enable_caption"] = enable_caption
        if enable_dynamic_duration is not UNSET:
            field_dict["enable_dynamic_duration"] = enable_dynamic_duration
        if speaker_num is not UNSET:
            field_dict["speaker_num"] = speaker_num
        if srt_role is not UNSET:
            field_dict["srt_role"] = srt_role
        if srt_url is not UNSET:
            field_dict["srt_url"] = srt_url
        if translate_audio_only is not UNSET:
            field_dict["translate_audio_only"] = translate_audio_only

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        output_language = check_heygen_v2_translate_precision_input_output_language(
            d.pop("output_language")
        )

        video_url = d.pop("video_url")

        brand_glossary_id = d.pop("brand_glossary_id", UNSET)

        enable_caption = d.pop("enable_caption", UNSET)

        enable_dynamic_duration = d.pop("enable_dynamic_duration", UNSET)

        speaker_num = d.pop("speaker_num", UNSET)

        _srt_role = d.pop("srt_role", UNSET)
        srt_role: HeygenV2TranslatePrecisionInputSrtRole | Unset
        if isinstance(_srt_role, Unset):
            srt_role = UNSET
        else:
            srt_role = check_heygen_v2_translate_precision_input_srt_role(_srt_role)

        srt_url = d.pop("srt_url", UNSET)

        translate_audio_only = d.pop("translate_audio_only", UNSET)

        heygen_v2_translate_precision_input = cls(
            output_language=output_language,
            video_url=video_url,
            brand_glossary_id=brand_glossary_id,
            enable_caption=enable_caption,
            enable_dynamic_duration=enable_dynamic_duration,
            speaker_num=speaker_num,
            srt_role=srt_role,
            srt_url=srt_url,
            translate_audio_only=translate_audio_only,
        )

        return heygen_v2_translate_precision_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.veed_subtitles_input_language import (
    VeedSubtitlesInputLanguage,
    check_veed_subtitles_input_language,
)
from ..models.veed_subtitles_input_preset import (
    VeedSubtitlesInputPreset,
    check_veed_subtitles_input_preset,
)
from ..models.veed_subtitles_input_translation_language import (
    VeedSubtitlesInputTranslationLanguage,
    check_veed_subtitles_input_translation_language,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.preset_customization import PresetCustomization
    from ..models.vocabulary_entry import VocabularyEntry
    from .veed_subtitles_output import VeedSubtitlesOutput  # noqa: F401


T = TypeVar("T", bound="VeedSubtitlesInput")


@_attrs_define
class VeedSubtitlesInput(FalInput["VeedSubtitlesOutput"], endpoint="veed/subtitles"):
    """Input of `veed/subtitles` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript types):
    types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    preset: VeedSubtitlesInputPreset
    """One of "glass", "whisper", "glide2", "fusion", "glide", "terminal", "handwritten",
    "backdrop", ... (30 values)."""
    video_url: str
    """URL or local file."""
    customization: PresetCustomization | Unset = UNSET
    """PresetCustomization."""
    language: VeedSubtitlesInputLanguage | Unset = UNSET
    """One of "af-ZA", "am-ET", "ar-AE", "ar-BH", "ar-DZ", "ar-EG", "ar-IL", "ar-IQ", ... (164
    values)."""
    srt_content: str | Unset = UNSET
    """String."""
    srt_file_url: str | Unset = UNSET
    """URL or local file."""
    translation_language: VeedSubtitlesInputTranslationLanguage | Unset = UNSET
    """One of "ab", "ace", "ach", "af-ZA", "ak", "alz", "am-ET", "ar-AE", ... (214 values)."""
    vocabulary: list[VocabularyEntry] | Unset = UNSET
    """List of VocabularyEntry."""

    def to_dict(self) -> dict[str, Any]:
        preset: str = self.preset

        video_url = self.video_url

        customization: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customization, Unset):
            customization = self.customization.to_dict()

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language

        srt_content = self.srt_content

        srt_file_url = self.srt_file_url

        translation_language: str | Unset = UNSET
        if not isinstance(self.translation_language, Unset):
            translation_language = self.translation_language

        vocabulary: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.vocabulary, Unset):
            vocabulary = []
            for vocabulary_item_data in self.vocabulary:
                vocabulary_item = vocabulary_item_data.to_dict()
                vocabulary.append(vocabulary_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "preset": preset,
                "video_url": video_url,
            }
        )
        if customization is not UNSET:
            field_dict["customization"] = customization
        if language is not UNSET:
            field_dict["language"] = language
        if srt_content is not UNSET:
            field_dict["srt_content"] = srt_content
        if srt_file_url is not UNSET:
            field_dict["srt_file_url"] = srt_file_url
        if translation_language is not UNSET:
            field_dict["translation_language"] = translation_language
        if vocabulary is not UNSET:
            field_dict["vocabulary"] = vocabulary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.preset_customization import PresetCustomization  # noqa: PLC0415
        from ..models.vocabulary_entry import VocabularyEntry  # noqa: PLC0415

        d = dict(src_dict)
        preset = check_veed_subtitles_input_preset(d.pop("preset"))

        video_url = d.pop("video_url")

        _customization = d.pop("customization", UNSET)
        customization: PresetCustomization | Unset
        if isinstance(_customization, Unset):
            customization = UNSET
        else:
            customization = PresetCustomization.from_dict(_customization)

        _language = d.pop("language", UNSET)
        language: VeedSubtitlesInputLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = check_veed_subtitles_input_language(_language)

        srt_content = d.pop("srt_content", UNSET)

        srt_file_url = d.pop("srt_file_url", UNSET)

        _translation_language = d.pop("translation_language", UNSET)
        translation_language: VeedSubtitlesInputTranslationLanguage | Unset
        if isinstance(_translation_language, Unset):
            translation_language = UNSET
        else:
            translation_language = check_veed_subtitles_input_translation_language(
                _translation_language
            )

        _vocabulary = d.pop("vocabulary", UNSET)
        vocabulary: list[VocabularyEntry] | Unset = UNSET
        if _vocabulary is not UNSET:
            vocabulary = []
            for vocabulary_item_data in _vocabulary:
                vocabulary_item = VocabularyEntry.from_dict(vocabulary_item_data)

                vocabulary.append(vocabulary_item)

        veed_subtitles_input = cls(
            preset=preset,
            video_url=video_url,
            customization=customization,
            language=language,
            srt_content=srt_content,
            srt_file_url=srt_file_url,
            translation_language=translation_language,
            vocabulary=vocabulary,
        )

        return veed_subtitles_input

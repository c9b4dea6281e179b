from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dialogue_block import DialogueBlock
    from ..models.pronunciation_dictionary_locator import PronunciationDictionaryLocator
    from .elevenlabs_text_to_dialogue_eleven_v3_output import (
        ElevenlabsTextToDialogueElevenV3Output,  # noqa: F401
    )


T = TypeVar("T", bound="ElevenlabsTextToDialogueElevenV3Input")


@_attrs_define
class ElevenlabsTextToDialogueElevenV3Input(
    FalInput["ElevenlabsTextToDialogueElevenV3Output"],
    endpoint="fal-ai/elevenlabs/text-to-dialogue/eleven-v3",
):
    """Input of `fal-ai/elevenlabs/text-to-dialogue/eleven-v3` (text-to-audio)."""

    inputs: list[DialogueBlock]
    """Inputs: list of DialogueBlock."""
    stability: float | None | Unset = UNSET
    """Stability: number or None, 0 to 1."""
    use_speaker_boost: bool | None | Unset = UNSET
    """Use Speaker Boost: boolean or None."""
    pronunciation_dictionary_locators: list[PronunciationDictionaryLocator] | Unset = UNSET
    """Pronunciation Dictionary Locators: list of PronunciationDictionaryLocator. Server default:
    []."""
    seed: int | None | Unset = UNSET
    """Seed: integer or None."""
    language_code: None | str | Unset = UNSET
    """Language Code: string or None."""

    def to_dict(self) -> dict[str, Any]:
        inputs = []
        for inputs_item_data in self.inputs:
            inputs_item = inputs_item_data.to_dict()
            inputs.append(inputs_item)

        stability: float | None | Unset
        if isinstance(self.stability, Unset):
            stability = UNSET
        else:
            stability = self.stability

        use_speaker_boost: bool | None | Unset
        if isinstance(self.use_speaker_boost, Unset):
            use_speaker_boost = UNSET
        else:
            use_speaker_boost = self.use_speaker_boost

        pronunciation_dictionary_locators: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pronunciation_dictionary_locators, Unset):
            pronunciation_dictionary_locators = []
            for (
                pronunciation_dictionary_locators_item_data
            ) in self.pronunciation_dictionary_locators:
                pronunciation_dictionary_locators_item = (
                    pronunciation_dictionary_locators_item_data.to_dict()
                )
                pronunciation_dictionary_locators.append(pronunciation_dictionary_locators_item)

        seed: int | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        language_code: None | str | Unset
        if isinstance(self.language_code, Unset):
            language_code = UNSET
        else:
            language_code = self.language_code

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "inputs": inputs,
            }
        )
        if stability is not UNSET:
            field_dict["stability"] = stability
        if use_speaker_boost is not UNSET:
            field_dict["use_speaker_boost"] = use_speaker_boost
        if pronunciation_dictionary_locators is not UNSET:
            field_dict["pronunciation_dictionary_locators"] = pronunciation_dictionary_locators
        if seed is not UNSET:
            field_dict["seed"] = seed
        if language_code is not UNSET:
            field_dict["language_code"] = language_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dialogue_block import DialogueBlock  # noqa: PLC0415
        from ..models.pronunciation_dictionary_locator import (
            PronunciationDictionaryLocator,  # noqa: PLC0415
        )

        d = dict(src_dict)
        inputs = []
        _inputs = d.pop("inputs")
        for inputs_item_data in _inputs:
            inputs_item = DialogueBlock.from_dict(inputs_item_data)

            inputs.append(inputs_item)

        def _parse_stability(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        stability = _parse_stability(d.pop("stability", UNSET))

        def _parse_use_speaker_boost(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        use_speaker_boost = _parse_use_speaker_boost(d.pop("use_speaker_boost", UNSET))

        _pronunciation_dictionary_locators = d.pop("pronunciation_dictionary_locators", UNSET)
        pronunciation_dictionary_locators: list[PronunciationDictionaryLocator] | Unset = UNSET
        if _pronunciation_dictionary_locators is not UNSET:
            pronunciation_dictionary_locators = []
            for pronunciation_dictionary_locators_item_data in _pronunciation_dictionary_locators:
                pronunciation_dictionary_locators_item = PronunciationDictionaryLocator.from_dict(
                    pronunciation_dictionary_locators_item_data
                )

                pronunciation_dictionary_locators.append(pronunciation_dictionary_locators_item)

        def _parse_seed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        seed = _parse_seed(d.pop("seed", UNSET))

        def _parse_language_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language_code = _parse_language_code(d.pop("language_code", UNSET))

        elevenlabs_text_to_dialogue_eleven_v3_input = cls(
            inputs=inputs,
            stability=stability,
            use_speaker_boost=use_speaker_boost,
            pronunciation_dictionary_locators=pronunciation_dictionary_locators,
            seed=seed,
            language_code=language_code,
        )

        return elevenlabs_text_to_dialogue_eleven_v3_input

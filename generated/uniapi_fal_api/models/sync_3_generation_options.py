from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sync_3_generation_options_model_mode import (
    Sync3GenerationOptionsModelMode,
    check_sync_3_generation_options_model_mode,
)
from ..models.sync_3_generation_options_prompt import (
    Sync3GenerationOptionsPrompt,
    check_sync_3_generation_options_prompt,
)
from ..models.sync_3_generation_options_sync_mode import (
    Sync3GenerationOptionsSyncMode,
    check_sync_3_generation_options_sync_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sync_3_active_speaker_detection import Sync3ActiveSpeakerDetection


T = TypeVar("T", bound="Sync3GenerationOptions")


@_attrs_define
class Sync3GenerationOptions:
    active_speaker_detection: Sync3ActiveSpeakerDetection | Unset = UNSET
    """Sync3ActiveSpeakerDetection."""
    model_mode: Sync3GenerationOptionsModelMode | Unset = UNSET
    """One of "lips", "face", "head", "lipsync", "emotion", "talking_head"."""
    occlusion_detection_enabled: bool | Unset = UNSET
    """Boolean."""
    prompt: Sync3GenerationOptionsPrompt | Unset = UNSET
    """One of "happy", "sad", "angry", "disgusted", "surprised", "neutral"."""
    sync_mode: Sync3GenerationOptionsSyncMode | Unset = UNSET
    """One of "cut_off", "loop", "bounce", "silence", "remap"."""
    temperature: float | Unset = UNSET
    """Number."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active_speaker_detection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.active_speaker_detection, Unset):
            active_speaker_detection = self.active_speaker_detection.to_dict()

        model_mode: str | Unset = UNSET
        if not isinstance(self.model_mode, Unset):
            model_mode = self.model_mode

        occlusion_detection_enabled = self.occlusion_detection_enabled

        prompt: str | Unset = UNSET
        if not isinstance(self.prompt, Unset):
            prompt = self.prompt

        sync_mode: str | Unset = UNSET
        if not isinstance(self.sync_mode, Unset):
            sync_mode = self.sync_mode

        temperature = self.temperature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active_speaker_detection is not UNSET:
            field_dict["active_speaker_detection"] = active_speaker_detection
        if model_mode is not UNSET:
            field_dict["model_mode"] = model_mode
        if occlusion_detection_enabled is not UNSET:
            field_dict["occlusion_detection_enabled"] = occlusion_detection_enabled
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode
        if temperature is not UNSET:
            field_dict["temperature"] = temperature

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sync_3_active_speaker_detection import Sync3ActiveSpeakerDetection  # noqa: PLC0415

        d = dict(src_dict)
        _active_speaker_detection = d.pop("active_speaker_detection", UNSET)
        active_speaker_detection: Sync3ActiveSpeakerDetection | Unset
        if isinstance(_active_speaker_detection, Unset):
            active_speaker_detection = UNSET
        else:
            active_speaker_detection = Sync3ActiveSpeakerDetection.from_dict(
                _active_speaker_detection
            )

        _model_mode = d.pop("model_mode", UNSET)
        model_mode: Sync3GenerationOptionsModelMode | Unset
        if isinstance(_model_mode, Unset):
            model_mode = UNSET
        else:
            model_mode = check_sync_3_generation_options_model_mode(_model_mode)

        occlusion_detection_enabled = d.pop("occlusion_detection_enabled", UNSET)

        _prompt = d.pop("prompt", UNSET)
        prompt: Sync3GenerationOptionsPrompt | Unset
        if isinstance(_prompt, Unset):
            prompt = UNSET
        else:
            prompt = check_sync_3_generation_options_prompt(_prompt)

        _sync_mode = d.pop("sync_mode", UNSET)
        sync_mode: Sync3GenerationOptionsSyncMode | Unset
        if isinstance(_sync_mode, Unset):
            sync_mode = UNSET
        else:
            sync_mode = check_sync_3_generation_options_sync_mode(_sync_mode)

        temperature = d.pop("temperature", UNSET)

        sync_3_generation_options = cls(
            active_speaker_detection=active_speaker_detection,
            model_mode=model_mode,
            occlusion_detection_enabled=occlusion_detection_enabled,
            prompt=prompt,
            sync_mode=sync_mode,
            temperature=temperature,
        )

        sync_3_generation_options.additional_properties = d
        return sync_3_generation_options

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

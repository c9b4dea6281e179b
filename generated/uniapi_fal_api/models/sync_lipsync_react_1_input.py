from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.sync_lipsync_react_1_input_emotion import (
    SyncLipsyncReact1InputEmotion,
    check_sync_lipsync_react_1_input_emotion,
)
from ..models.sync_lipsync_react_1_input_lipsync_mode import (
    SyncLipsyncReact1InputLipsyncMode,
    check_sync_lipsync_react_1_input_lipsync_mode,
)
from ..models.sync_lipsync_react_1_input_model_mode import (
    SyncLipsyncReact1InputModelMode,
    check_sync_lipsync_react_1_input_model_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .sync_lipsync_react_1_output import SyncLipsyncReact1Output  # noqa: F401


T = TypeVar("T", bound="SyncLipsyncReact1Input")


@_attrs_define
class SyncLipsyncReact1Input(
    FalInput["SyncLipsyncReact1Output"], endpoint="fal-ai/sync-lipsync/react-1"
):
    """Input of `fal-ai/sync-lipsync/react-1` (video-to-video)."""

    video_url: str
    """Video Url: string."""
    audio_url: str
    """Audio Url: string."""
    emotion: SyncLipsyncReact1InputEmotion
    """Emotion: one of "happy", "angry", "sad", "neutral", "disgusted", "surprised"."""
    model_mode: SyncLipsyncReact1InputModelMode | Unset = UNSET
    """Model Mode: one of "lips", "face", "head". Server default: "face"."""
    lipsync_mode: SyncLipsyncReact1InputLipsyncMode | Unset = UNSET
    """Lipsync Mode: one of "cut_off", "loop", "bounce", "silence", "remap". Server default:
    "bounce"."""
    temperature: float | Unset = UNSET
    """Temperature: number, 0 to 1. Server default: 0.5."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        audio_url = self.audio_url

        emotion: str = self.emotion

        model_mode: str | Unset = UNSET
        if not isinstance(self.model_mode, Unset):
            model_mode = self.model_mode

        lipsync_mode: str | Unset = UNSET
        if not isinstance(self.lipsync_mode, Unset):
            lipsync_mode = self.lipsync_mode

        temperature = self.temperature

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
                "audio_url": audio_url,
                "emotion": emotion,
            }
        )
        if model_mode is not UNSET:
            field_dict["model_mode"] = model_mode
        if lipsync_mode is not UNSET:
            field_dict["lipsync_mode"] = lipsync_mode
        if temperature is not UNSET:
            field_dict["temperature"] = temperature

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        audio_url = d.pop("audio_url")

        emotion = check_sync_lipsync_react_1_input_emotion(d.pop("emotion"))

        _model_mode = d.pop("model_mode", UNSET)
        model_mode: SyncLipsyncReact1InputModelMode | Unset
        if isinstance(_model_mode, Unset):
            model_mode = UNSET
        else:
            model_mode = check_sync_lipsync_react_1_input_model_mode(_model_mode)

        _lipsync_mode = d.pop("lipsync_mode", UNSET)
        lipsync_mode: SyncLipsyncReact1InputLipsyncMode | Unset
        if isinstance(_lipsync_mode, Unset):
            lipsync_mode = UNSET
        else:
            lipsync_mode = check_sync_lipsync_react_1_input_lipsync_mode(_lipsync_mode)

        temperature = d.pop("temperature", UNSET)

        sync_lipsync_react_1_input = cls(
            video_url=video_url,
            audio_url=audio_url,
            emotion=emotion,
            model_mode=model_mode,
            lipsync_mode=lipsync_mode,
            temperature=temperature,
        )

        return sync_lipsync_react_1_input

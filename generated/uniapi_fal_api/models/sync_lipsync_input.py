from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.sync_lipsync_input_model import (
    SyncLipsyncInputModel,
    check_sync_lipsync_input_model,
)
from ..models.sync_lipsync_input_sync_mode import (
    SyncLipsyncInputSyncMode,
    check_sync_lipsync_input_sync_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .sync_lipsync_output import SyncLipsyncOutput  # noqa: F401


T = TypeVar("T", bound="SyncLipsyncInput")


@_attrs_define
class SyncLipsyncInput(FalInput["SyncLipsyncOutput"], endpoint="fal-ai/sync-lipsync"):
    """Input of `fal-ai/sync-lipsync` (video-to-video)."""

    video_url: str
    """Video Url: string."""
    audio_url: str
    """Audio Url: string."""
    model: SyncLipsyncInputModel | Unset = UNSET
    """Model: one of "lipsync-1.8.0", "lipsync-1.7.1", "lipsync-1.9.0-beta". Server default:
    "lipsync-1.9.0-beta"."""
    sync_mode: SyncLipsyncInputSyncMode | Unset = UNSET
    """Sync Mode: one of "cut_off", "loop", "bounce", "silence", "remap". Server default:
    "cut_off"."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        audio_url = self.audio_url

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        sync_mode: str | Unset = UNSET
        if not isinstance(self.sync_mode, Unset):
            sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
                "audio_url": audio_url,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        audio_url = d.pop("audio_url")

        _model = d.pop("model", UNSET)
        model: SyncLipsyncInputModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_sync_lipsync_input_model(_model)

        _sync_mode = d.pop("sync_mode", UNSET)
        sync_mode: SyncLipsyncInputSyncMode | Unset
        if isinstance(_sync_mode, Unset):
            sync_mode = UNSET
        else:
            sync_mode = check_sync_lipsync_input_sync_mode(_sync_mode)

        sync_lipsync_input = cls(
            video_url=video_url,
            audio_url=audio_url,
            model=model,
            sync_mode=sync_mode,
        )

        return sync_lipsync_input

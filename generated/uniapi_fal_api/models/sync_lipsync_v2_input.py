from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.sync_lipsync_v2_input_model import (
    SyncLipsyncV2InputModel,
    check_sync_lipsync_v2_input_model,
)
from ..models.sync_lipsync_v2_input_sync_mode import (
    SyncLipsyncV2InputSyncMode,
    check_sync_lipsync_v2_input_sync_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .sync_lipsync_v2_output import SyncLipsyncV2Output  # noqa: F401


T = TypeVar("T", bound="SyncLipsyncV2Input")


@_attrs_define
class SyncLipsyncV2Input(FalInput["SyncLipsyncV2Output"], endpoint="fal-ai/sync-lipsync/v2"):
    """Input of `fal-ai/sync-lipsync/v2` (video-to-video)."""

    video_url: str
    """Video Url: string."""
    audio_url: str
    """Audio Url: string."""
    model: SyncLipsyncV2InputModel | Unset = UNSET
    """Model: one of "lipsync-2", "lipsync-2-pro". Server default: "lipsync-2"."""
    sync_mode: SyncLipsyncV2InputSyncMode | Unset = UNSET
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
        model: SyncLipsyncV2InputModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_sync_lipsync_v2_input_model(_model)

        _sync_mode = d.pop("sync_mode", UNSET)
        sync_mode: SyncLipsyncV2InputSyncMode | Unset
        if isinstance(_sync_mode, Unset):
            sync_mode = UNSET
        else:
            sync_mode = check_sync_lipsync_v2_input_sync_mode(_sync_mode)

        sync_lipsync_v2_input = cls(
            video_url=video_url,
            audio_url=audio_url,
            model=model,
            sync_mode=sync_mode,
        )

        return sync_lipsync_v2_input

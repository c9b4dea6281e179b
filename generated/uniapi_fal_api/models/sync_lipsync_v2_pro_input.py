from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.sync_lipsync_v2_pro_input_sync_mode import (
    SyncLipsyncV2ProInputSyncMode,
    check_sync_lipsync_v2_pro_input_sync_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .sync_lipsync_v2_pro_output import SyncLipsyncV2ProOutput  # noqa: F401


T = TypeVar("T", bound="SyncLipsyncV2ProInput")


@_attrs_define
class SyncLipsyncV2ProInput(
    FalInput["SyncLipsyncV2ProOutput"], endpoint="fal-ai/sync-lipsync/v2/pro"
):
    """Input of `fal-ai/sync-lipsync/v2/pro` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    audio_url: str
    """URL or local file."""
    video_url: str
    """URL or local file."""
    sync_mode: SyncLipsyncV2ProInputSyncMode | Unset = UNSET
    """One of "cut_off", "loop", "bounce", "silence", "remap". Server default: "cut_off"."""

    def to_dict(self) -> dict[str, Any]:
        audio_url = self.audio_url

        video_url = self.video_url

        sync_mode: str | Unset = UNSET
        if not isinstance(self.sync_mode, Unset):
            sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "audio_url": audio_url,
                "video_url": video_url,
            }
        )
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio_url = d.pop("audio_url")

        video_url = d.pop("video_url")

        _sync_mode = d.pop("sync_mode", UNSET)
        sync_mode: SyncLipsyncV2ProInputSyncMode | Unset
        if isinstance(_sync_mode, Unset):
            sync_mode = UNSET
        else:
            sync_mode = check_sync_lipsync_v2_pro_input_sync_mode(_sync_mode)

        sync_lipsync_v2_pro_input = cls(
            audio_url=audio_url,
            video_url=video_url,
            sync_mode=sync_mode,
        )

        return sync_lipsync_v2_pro_input

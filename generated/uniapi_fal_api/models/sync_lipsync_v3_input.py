from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.sync_lipsync_v3_input_sync_mode import (
    SyncLipsyncV3InputSyncMode,
    check_sync_lipsync_v3_input_sync_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sync_3_generation_options import Sync3GenerationOptions
    from .sync_lipsync_v3_output import SyncLipsyncV3Output  # noqa: F401


T = TypeVar("T", bound="SyncLipsyncV3Input")


@_attrs_define
class SyncLipsyncV3Input(FalInput["SyncLipsyncV3Output"], endpoint="fal-ai/sync-lipsync/v3"):
    """Input of `fal-ai/sync-lipsync/v3` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    audio_url: str
    """URL or local file."""
    video_url: str
    """URL or local file."""
    options: Sync3GenerationOptions | Unset = UNSET
    """Sync3GenerationOptions."""
    sync_mode: SyncLipsyncV3InputSyncMode | Unset = UNSET
    """One of "cut_off", "loop", "bounce", "silence", "remap". Server default: "cut_off"."""

    def to_dict(self) -> dict[str, Any]:
        audio_url = self.audio_url

        video_url = self.video_url

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

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
        if options is not UNSET:
            field_dict["options"] = options
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sync_3_generation_options import Sync3GenerationOptions  # noqa: PLC0415

        d = dict(src_dict)
        audio_url = d.pop("audio_url")

        video_url = d.pop("video_url")

        _options = d.pop("options", UNSET)
        options: Sync3GenerationOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = Sync3GenerationOptions.from_dict(_options)

        _sync_mode = d.pop("sync_mode", UNSET)
        sync_mode: SyncLipsyncV3InputSyncMode | Unset
        if isinstance(_sync_mode, Unset):
            sync_mode = UNSET
        else:
            sync_mode = check_sync_lipsync_v3_input_sync_mode(_sync_mode)

        sync_lipsync_v3_input = cls(
            audio_url=audio_url,
            video_url=video_url,
            options=options,
            sync_mode=sync_mode,
        )

        return sync_lipsync_v3_input

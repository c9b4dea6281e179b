from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .decart_lucy_edit_dev_output import DecartLucyEditDevOutput  # noqa: F401


T = TypeVar("T", bound="DecartLucyEditDevInput")


@_attrs_define
class DecartLucyEditDevInput(FalInput["DecartLucyEditDevOutput"], endpoint="decart/lucy-edit/dev"):
    """Input of `decart/lucy-edit/dev` (video-to-video). fal no longer lists this endpoint."""

    prompt: str
    """Prompt: string, at most 1,500 characters."""
    video_url: str
    """Video Url: string."""
    sync_mode: bool | Unset = UNSET
    """Sync Mode: boolean. Server default: true."""
    enhance_prompt: bool | Unset = UNSET
    """Enhance Prompt: boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        video_url = self.video_url

        sync_mode = self.sync_mode

        enhance_prompt = self.enhance_prompt

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "video_url": video_url,
            }
        )
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode
        if enhance_prompt is not UNSET:
            field_dict["enhance_prompt"] = enhance_prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        video_url = d.pop("video_url")

        sync_mode = d.pop("sync_mode", UNSET)

        enhance_prompt = d.pop("enhance_prompt", UNSET)

        decart_lucy_edit_dev_input = cls(
            prompt=prompt,
            video_url=video_url,
            sync_mode=sync_mode,
            enhance_prompt=enhance_prompt,
        )

        return decart_lucy_edit_dev_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.latentsync_input_loop_mode import (
    LatentsyncInputLoopMode,
    check_latentsync_input_loop_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .latentsync_output import LatentsyncOutput  # noqa: F401


T = TypeVar("T", bound="LatentsyncInput")


@_attrs_define
class LatentsyncInput(FalInput["LatentsyncOutput"], endpoint="fal-ai/latentsync"):
    """Input of `fal-ai/latentsync` (video-to-video)."""

    video_url: str
    """Video Url: string."""
    audio_url: str
    """Audio Url: string."""
    guidance_scale: float | Unset = UNSET
    """Guidance Scale: number, 1 to 2. Server default: 1."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    loop_mode: LatentsyncInputLoopMode | Unset = UNSET
    """Loop Mode: one of "pingpong", "loop"."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        audio_url = self.audio_url

        guidance_scale = self.guidance_scale

        seed = self.seed

        loop_mode: str | Unset = UNSET
        if not isinstance(self.loop_mode, Unset):
            loop_mode = self.loop_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
                "audio_url": audio_url,
            }
        )
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if seed is not UNSET:
            field_dict["seed"] = seed
        if loop_mode is not UNSET:
            field_dict["loop_mode"] = loop_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        audio_url = d.pop("audio_url")

        guidance_scale = d.pop("guidance_scale", UNSET)

        seed = d.pop("seed", UNSET)

        _loop_mode = d.pop("loop_mode", UNSET)
        loop_mode: LatentsyncInputLoopMode | Unset
        if isinstance(_loop_mode, Unset):
            loop_mode = UNSET
        else:
            loop_mode = check_latentsync_input_loop_mode(_loop_mode)

        latentsync_input = cls(
            video_url=video_url,
            audio_url=audio_url,
            guidance_scale=guidance_scale,
            seed=seed,
            loop_mode=loop_mode,
        )

        return latentsync_input

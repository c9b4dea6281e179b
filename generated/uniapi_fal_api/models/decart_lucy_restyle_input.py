from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.decart_lucy_restyle_input_resolution import (
    DecartLucyRestyleInputResolution,
    check_decart_lucy_restyle_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .decart_lucy_restyle_output import DecartLucyRestyleOutput  # noqa: F401


T = TypeVar("T", bound="DecartLucyRestyleInput")


@_attrs_define
class DecartLucyRestyleInput(FalInput["DecartLucyRestyleOutput"], endpoint="decart/lucy-restyle"):
    """Input of `decart/lucy-restyle` (video-to-video)."""

    prompt: str
    """Prompt: string, at most 1,500 characters."""
    video_url: str
    """Video Url: string."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    resolution: DecartLucyRestyleInputResolution | Unset = UNSET
    """Resolution: one of "720p". Server default: "720p"."""
    enhance_prompt: bool | Unset = UNSET
    """Enhance Prompt: boolean. Server default: true."""
    sync_mode: bool | Unset = UNSET
    """Sync Mode: boolean. Server default: false."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        video_url = self.video_url

        seed = self.seed

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        enhance_prompt = self.enhance_prompt

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "video_url": video_url,
            }
        )
        if seed is not UNSET:
            field_dict["seed"] = seed
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if enhance_prompt is not UNSET:
            field_dict["enhance_prompt"] = enhance_prompt
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        video_url = d.pop("video_url")

        seed = d.pop("seed", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: DecartLucyRestyleInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_decart_lucy_restyle_input_resolution(_resolution)

        enhance_prompt = d.pop("enhance_prompt", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        decart_lucy_restyle_input = cls(
            prompt=prompt,
            video_url=video_url,
            seed=seed,
            resolution=resolution,
            enhance_prompt=enhance_prompt,
            sync_mode=sync_mode,
        )

        return decart_lucy_restyle_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.decart_lucy_14b_image_to_video_input_aspect_ratio import (
    DecartLucy14BImageToVideoInputAspectRatio,
    check_decart_lucy_14b_image_to_video_input_aspect_ratio,
)
from ..models.decart_lucy_14b_image_to_video_input_resolution import (
    DecartLucy14BImageToVideoInputResolution,
    check_decart_lucy_14b_image_to_video_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .decart_lucy_14b_image_to_video_output import DecartLucy14BImageToVideoOutput  # noqa: F401


T = TypeVar("T", bound="DecartLucy14BImageToVideoInput")


@_attrs_define
class DecartLucy14BImageToVideoInput(
    FalInput["DecartLucy14BImageToVideoOutput"], endpoint="decart/lucy-14b/image-to-video"
):
    """Input of `decart/lucy-14b/image-to-video` (image-to-video). fal no longer lists this endpoint."""

    prompt: str
    """Prompt: string, at most 1,500 characters."""
    image_url: str
    """Image Url: string."""
    resolution: DecartLucy14BImageToVideoInputResolution | Unset = UNSET
    """Resolution: one of "720p". Server default: "720p"."""
    aspect_ratio: DecartLucy14BImageToVideoInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "9:16", "16:9". Server default: "16:9"."""
    sync_mode: bool | Unset = UNSET
    """Sync Mode: boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        image_url = self.image_url

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "image_url": image_url,
            }
        )
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        image_url = d.pop("image_url")

        _resolution = d.pop("resolution", UNSET)
        resolution: DecartLucy14BImageToVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_decart_lucy_14b_image_to_video_input_resolution(_resolution)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: DecartLucy14BImageToVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_decart_lucy_14b_image_to_video_input_aspect_ratio(_aspect_ratio)

        sync_mode = d.pop("sync_mode", UNSET)

        decart_lucy_14b_image_to_video_input = cls(
            prompt=prompt,
            image_url=image_url,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            sync_mode=sync_mode,
        )

        return decart_lucy_14b_image_to_video_input

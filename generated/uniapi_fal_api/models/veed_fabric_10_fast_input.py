from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.veed_fabric_10_fast_input_resolution import (
    VeedFabric10FastInputResolution,
    check_veed_fabric_10_fast_input_resolution,
)

if TYPE_CHECKING:
    from .veed_fabric_10_fast_output import VeedFabric10FastOutput  # noqa: F401


T = TypeVar("T", bound="VeedFabric10FastInput")


@_attrs_define
class VeedFabric10FastInput(FalInput["VeedFabric10FastOutput"], endpoint="veed/fabric-1.0/fast"):
    """Input of `veed/fabric-1.0/fast` (image-to-video)."""

    image_url: str
    """Image Url: string, 1 to 2,083 characters."""
    audio_url: str
    """Audio Url: string, 1 to 2,083 characters."""
    resolution: VeedFabric10FastInputResolution
    """Resolution: one of "720p", "480p"."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        audio_url = self.audio_url

        resolution: str = self.resolution

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "resolution": resolution,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        audio_url = d.pop("audio_url")

        resolution = check_veed_fabric_10_fast_input_resolution(d.pop("resolution"))

        veed_fabric_10_fast_input = cls(
            image_url=image_url,
            audio_url=audio_url,
            resolution=resolution,
        )

        return veed_fabric_10_fast_input

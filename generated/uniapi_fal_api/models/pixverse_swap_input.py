from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.pixverse_swap_input_mode import (
    PixverseSwapInputMode,
    check_pixverse_swap_input_mode,
)
from ..models.pixverse_swap_input_resolution import (
    PixverseSwapInputResolution,
    check_pixverse_swap_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .pixverse_swap_output import PixverseSwapOutput  # noqa: F401


T = TypeVar("T", bound="PixverseSwapInput")


@_attrs_define
class PixverseSwapInput(FalInput["PixverseSwapOutput"], endpoint="fal-ai/pixverse/swap"):
    """Input of `fal-ai/pixverse/swap` (image-to-video)."""

    video_url: str
    """Video Url: string."""
    image_url: str
    """Image Url: string."""
    mode: PixverseSwapInputMode | Unset = UNSET
    """Mode: one of "person", "object", "background". Server default: "person"."""
    keyframe_id: int | Unset = UNSET
    """Keyframe Id: integer, at least 1. Server default: 1."""
    resolution: PixverseSwapInputResolution | Unset = UNSET
    """Resolution: one of "360p", "540p", "720p". Server default: "720p"."""
    original_sound_switch: bool | Unset = UNSET
    """Original Sound Switch: boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        image_url = self.image_url

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        keyframe_id = self.keyframe_id

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        original_sound_switch = self.original_sound_switch

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
                "image_url": image_url,
            }
        )
        if mode is not UNSET:
            field_dict["mode"] = mode
        if keyframe_id is not UNSET:
            field_dict["keyframe_id"] = keyframe_id
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if original_sound_switch is not UNSET:
            field_dict["original_sound_switch"] = original_sound_switch

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        image_url = d.pop("image_url")

        _mode = d.pop("mode", UNSET)
        mode: PixverseSwapInputMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_pixverse_swap_input_mode(_mode)

        keyframe_id = d.pop("keyframe_id", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: PixverseSwapInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_pixverse_swap_input_resolution(_resolution)

        original_sound_switch = d.pop("original_sound_switch", UNSET)

        pixverse_swap_input = cls(
            video_url=video_url,
            image_url=image_url,
            mode=mode,
            keyframe_id=keyframe_id,
            resolution=resolution,
            original_sound_switch=original_sound_switch,
        )

        return pixverse_swap_input

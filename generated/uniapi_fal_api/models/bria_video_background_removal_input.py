from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.bria_video_background_removal_input_background_color import (
    BriaVideoBackgroundRemovalInputBackgroundColor,
    check_bria_video_background_removal_input_background_color,
)
from ..models.bria_video_background_removal_input_output_container_and_codec import (
    BriaVideoBackgroundRemovalInputOutputContainerAndCodec,
    check_bria_video_background_removal_input_output_container_and_codec,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .bria_video_background_removal_output import BriaVideoBackgroundRemovalOutput  # noqa: F401


T = TypeVar("T", bound="BriaVideoBackgroundRemovalInput")


@_attrs_define
class BriaVideoBackgroundRemovalInput(
    FalInput["BriaVideoBackgroundRemovalOutput"], endpoint="bria/video/background-removal"
):
    """Input of `bria/video/background-removal` (video-to-video)."""

    video_url: str
    """Video Url: string."""
    background_color: BriaVideoBackgroundRemovalInputBackgroundColor | Unset = UNSET
    """Background Color: one of "Transparent", "Black", "White", "Gray", "Red", "Green", "Blue",
    "Yellow", ... (11 values). Server default: "Black"."""
    output_container_and_codec: BriaVideoBackgroundRemovalInputOutputContainerAndCodec | Unset = (
        UNSET
    )
    """Output Container And Codec: one of "mp4_h265", "mp4_h264", "webm_vp9", "mov_h265",
    "mov_proresks", "mkv_h265", "mkv_h264", "mkv_vp9", ... (9 values). Server default:
    "webm_vp9"."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        background_color: str | Unset = UNSET
        if not isinstance(self.background_color, Unset):
            background_color = self.background_color

        output_container_and_codec: str | Unset = UNSET
        if not isinstance(self.output_container_and_codec, Unset):
            output_container_and_codec = self.output_container_and_codec

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
            }
        )
        if background_color is not UNSET:
            field_dict["background_color"] = background_color
        if output_container_and_codec is not UNSET:
            field_dict["output_container_and_codec"] = output_container_and_codec

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        _background_color = d.pop("background_color", UNSET)
        background_color: BriaVideoBackgroundRemovalInputBackgroundColor | Unset
        if isinstance(_background_color, Unset):
            background_color = UNSET
        else:
            background_color = check_bria_video_background_removal_input_background_color(
                _background_color
            )

        _output_container_and_codec = d.pop("output_container_and_codec", UNSET)
        output_container_and_codec: BriaVideoBackgroundRemovalInputOutputContainerAndCodec | Unset
        if isinstance(_output_container_and_codec, Unset):
            output_container_and_codec = UNSET
        else:
            output_container_and_codec = (
                check_bria_video_background_removal_input_output_container_and_codec(
                    _output_container_and_codec
                )
            )

        bria_video_background_removal_input = cls(
            video_url=video_url,
            background_color=background_color,
            output_container_and_codec=output_container_and_codec,
        )

        return bria_video_background_removal_input

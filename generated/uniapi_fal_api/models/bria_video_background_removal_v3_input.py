from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.bria_video_background_removal_v3_input_background_color import (
    BriaVideoBackgroundRemovalV3InputBackgroundColor,
    check_bria_video_background_removal_v3_input_background_color,
)
from ..models.bria_video_background_removal_v3_input_output_container_and_codec import (
    BriaVideoBackgroundRemovalV3InputOutputContainerAndCodec,
    check_bria_video_background_removal_v3_input_output_container_and_codec,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .bria_video_background_removal_v3_output import (
        BriaVideoBackgroundRemovalV3Output,  # noqa: F401
    )


T = TypeVar("T", bound="BriaVideoBackgroundRemovalV3Input")


@_attrs_define
class BriaVideoBackgroundRemovalV3Input(
    FalInput["BriaVideoBackgroundRemovalV3Output"], endpoint="bria/video/background-removal/v3"
):
    """Input of `bria/video/background-removal/v3` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    video_url: str
    """URL or local file."""
    auto_zoom: bool | Unset = UNSET
    """Boolean."""
    background_color: BriaVideoBackgroundRemovalV3InputBackgroundColor | Unset = UNSET
    """One of "Transparent", "Black", "White", "Gray", "Red", "Green", "Blue", "Yellow", ... (11
    values). Server default: "Black"."""
    output_container_and_codec: BriaVideoBackgroundRemovalV3InputOutputContainerAndCodec | Unset = (
        UNSET
    )
    """One of "mp4_h265", "mp4_h264", "webm_vp9", "mov_h265", "mov_proresks", "mkv_h265",
    "mkv_h264", "mkv_vp9", ... (9 values). Server default: "webm_vp9"."""
    preserve_audio: bool | Unset = UNSET
    """Boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        auto_zoom = self.auto_zoom

        background_color: str | Unset = UNSET
        if not isinstance(self.background_color, Unset):
            background_color = self.background_color

        output_container_and_codec: str | Unset = UNSET
        if not isinstance(self.output_container_and_codec, Unset):
            output_container_and_codec = self.output_container_and_codec

        preserve_audio = self.preserve_audio

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
            }
        )
        if auto_zoom is not UNSET:
            field_dict["auto_zoom"] = auto_zoom
        if background_color is not UNSET:
            field_dict["background_color"] = background_color
        if output_container_and_codec is not UNSET:
            field_dict["output_container_and_codec"] = output_container_and_codec
        if preserve_audio is not UNSET:
            field_dict["preserve_audio"] = preserve_audio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        auto_zoom = d.pop("auto_zoom", UNSET)

        _background_color = d.pop("background_color", UNSET)
        background_color: BriaVideoBackgroundRemovalV3InputBackgroundColor | Unset
        if isinstance(_background_color, Unset):
            background_color = UNSET
        else:
            background_color = check_bria_video_background_removal_v3_input_background_color(
                _background_color
            )

        _output_container_and_codec = d.pop("output_container_and_codec", UNSET)
        output_container_and_codec: BriaVideoBackgroundRemovalV3InputOutputContainerAndCodec | Unset
        if isinstance(_output_container_and_codec, Unset):
            output_container_and_codec = UNSET
        else:
            output_container_and_codec = (
                check_bria_video_background_removal_v3_input_output_container_and_codec(
                    _output_container_and_codec
                )
            )

        preserve_audio = d.pop("preserve_audio", UNSET)

        bria_video_background_removal_v3_input = cls(
            video_url=video_url,
            auto_zoom=auto_zoom,
            background_color=background_color,
            output_container_and_codec=output_container_and_codec,
            preserve_audio=preserve_audio,
        )

        return bria_video_background_removal_v3_input

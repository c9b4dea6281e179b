from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.bria_video_eraser_erase_keypoints_input_output_container_and_codec import (
    BriaVideoEraserEraseKeypointsInputOutputContainerAndCodec,
    check_bria_video_eraser_erase_keypoints_input_output_container_and_codec,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .bria_video_eraser_erase_keypoints_output import (
        BriaVideoEraserEraseKeypointsOutput,  # noqa: F401
    )


T = TypeVar("T", bound="BriaVideoEraserEraseKeypointsInput")


@_attrs_define
class BriaVideoEraserEraseKeypointsInput(
    FalInput["BriaVideoEraserEraseKeypointsOutput"],
    endpoint="bria/bria_video_eraser/erase/keypoints",
):
    """Input of `bria/bria_video_eraser/erase/keypoints` (video-to-video)."""

    keypoints: list[str]
    """Keypoints: list of string."""
    video_url: str
    """Video Url: string."""
    output_container_and_codec: (
        BriaVideoEraserEraseKeypointsInputOutputContainerAndCodec | Unset
    ) = UNSET
    """Output Container And Codec: one of "mp4_h265", "mp4_h264", "webm_vp9", "gif", "mov_h264",
    "mov_h265", "mov_proresks", "mkv_h264", ... (11 values). Server default: "mp4_h264"."""
    auto_trim: bool | Unset = UNSET
    """Auto Trim: boolean. Server default: true."""
    preserve_audio: bool | Unset = UNSET
    """Preserve Audio: boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        keypoints = self.keypoints

        video_url = self.video_url

        output_container_and_codec: str | Unset = UNSET
        if not isinstance(self.output_container_and_codec, Unset):
            output_container_and_codec = self.output_container_and_codec

        auto_trim = self.auto_trim

        preserve_audio = self.preserve_audio

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "keypoints": keypoints,
                "video_url": video_url,
            }
        )
        if output_container_and_codec is not UNSET:
            field_dict["output_container_and_codec"] = output_container_and_codec
        if auto_trim is not UNSET:
            field_dict["auto_trim"] = auto_trim
        if preserve_audio is not UNSET:
            field_dict["preserve_audio"] = preserve_audio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        keypoints = cast(list[str], d.pop("keypoints"))

        video_url = d.pop("video_url")

        _output_container_and_codec = d.pop("output_container_and_codec", UNSET)
        output_container_and_codec: (
            BriaVideoEraserEraseKeypointsInputOutputContainerAndCodec | Unset
        )
        if isinstance(_output_container_and_codec, Unset):
            output_container_and_codec = UNSET
        else:
            output_container_and_codec = (
                check_bria_video_eraser_erase_keypoints_input_output_container_and_codec(
                    _output_container_and_codec
                )
            )

        auto_trim = d.pop("auto_trim", UNSET)

        preserve_audio = d.pop("preserve_audio", UNSET)

        bria_video_eraser_erase_keypoints_input = cls(
            keypoints=keypoints,
            video_url=video_url,
            output_container_and_codec=output_container_and_codec,
            auto_trim=auto_trim,
            preserve_audio=preserve_audio,
        )

        return bria_video_eraser_erase_keypoints_input

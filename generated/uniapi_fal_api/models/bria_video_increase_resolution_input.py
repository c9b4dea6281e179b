from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.bria_video_increase_resolution_input_desired_increase import (
    BriaVideoIncreaseResolutionInputDesiredIncrease,
    check_bria_video_increase_resolution_input_desired_increase,
)
from ..models.bria_video_increase_resolution_input_output_container_and_codec import (
    BriaVideoIncreaseResolutionInputOutputContainerAndCodec,
    check_bria_video_increase_resolution_input_output_container_and_codec,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .bria_video_increase_resolution_output import BriaVideoIncreaseResolutionOutput  # noqa: F401


T = TypeVar("T", bound="BriaVideoIncreaseResolutionInput")


@_attrs_define
class BriaVideoIncreaseResolutionInput(
    FalInput["BriaVideoIncreaseResolutionOutput"], endpoint="bria/video/increase-resolution"
):
    """Input of `bria/video/increase-resolution` (video-to-video)."""

    video_url: str
    """Video Url: string."""
    desired_increase: BriaVideoIncreaseResolutionInputDesiredIncrease | Unset = UNSET
    """Desired Increase: one of "2", "4". Server default: "2"."""
    output_container_and_codec: BriaVideoIncreaseResolutionInputOutputContainerAndCodec | Unset = (
        UNSET
    )
    """Output Container And Codec: one of "mp4_h265", "mp4_h264", "webm_vp9", "mov_h265",
    "mov_proresks", "mkv_h265", "mkv_h264", "mkv_vp9", ... (9 values). Server default:
    "webm_vp9"."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        desired_increase: str | Unset = UNSET
        if not isinstance(self.desired_increase, Unset):
            desired_increase = self.desired_increase

        output_container_and_codec: str | Unset = UNSET
        if not isinstance(self.output_container_and_codec, Unset):
            output_container_and_codec = self.output_container_and_codec

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
            }
        )
        if desired_increase is not UNSET:
            field_dict["desired_increase"] = desired_increase
        if output_container_and_codec is not UNSET:
            field_dict["output_container_and_codec"] = output_container_and_codec

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        _desired_increase = d.pop("desired_increase", UNSET)
        desired_increase: BriaVideoIncreaseResolutionInputDesiredIncrease | Unset
        if isinstance(_desired_increase, Unset):
            desired_increase = UNSET
        else:
            desired_increase = check_bria_video_increase_resolution_input_desired_increase(
                _desired_increase
            )

        _output_container_and_codec = d.pop("output_container_and_codec", UNSET)
        output_container_and_codec: BriaVideoIncreaseResolutionInputOutputContainerAndCodec | Unset
        if isinstance(_output_container_and_codec, Unset):
            output_container_and_codec = UNSET
        else:
            output_container_and_codec = (
                check_bria_video_increase_resolution_input_output_container_and_codec(
                    _output_container_and_codec
                )
            )

        bria_video_increase_resolution_input = cls(
            video_url=video_url,
            desired_increase=desired_increase,
            output_container_and_codec=output_container_and_codec,
        )

        return bria_video_increase_resolution_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.veed_video_background_removal_green_screen_input_output_codec import (
    VeedVideoBackgroundRemovalGreenScreenInputOutputCodec,
    check_veed_video_background_removal_green_screen_input_output_codec,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .veed_video_background_removal_green_screen_output import (
        VeedVideoBackgroundRemovalGreenScreenOutput,  # noqa: F401
    )


T = TypeVar("T", bound="VeedVideoBackgroundRemovalGreenScreenInput")


@_attrs_define
class VeedVideoBackgroundRemovalGreenScreenInput(
    FalInput["VeedVideoBackgroundRemovalGreenScreenOutput"],
    endpoint="veed/video-background-removal/green-screen",
):
    """Input of `veed/video-background-removal/green-screen` (video-to-video)."""

    video_url: str
    """Video Url: string, 1 to 2,083 characters."""
    output_codec: VeedVideoBackgroundRemovalGreenScreenInputOutputCodec | Unset = UNSET
    """Output Codec: one of "vp9", "h264". Server default: "vp9"."""
    spill_suppression_strength: float | None | Unset = UNSET
    """Spill Suppression Strength: number or None, 0 to 1. Server default: 0.8."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        output_codec: str | Unset = UNSET
        if not isinstance(self.output_codec, Unset):
            output_codec = self.output_codec

        spill_suppression_strength: float | None | Unset
        if isinstance(self.spill_suppression_strength, Unset):
            spill_suppression_strength = UNSET
        else:
            spill_suppression_strength = self.spill_suppression_strength

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
            }
        )
        if output_codec is not UNSET:
            field_dict["output_codec"] = output_codec
        if spill_suppression_strength is not UNSET:
            field_dict["spill_suppression_strength"] = spill_suppression_strength

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        _output_codec = d.pop("output_codec", UNSET)
        output_codec: VeedVideoBackgroundRemovalGreenScreenInputOutputCodec | Unset
        if isinstance(_output_codec, Unset):
            output_codec = UNSET
        else:
            output_codec = check_veed_video_background_removal_green_screen_input_output_codec(
                _output_codec
            )

        def _parse_spill_suppression_strength(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        spill_suppression_strength = _parse_spill_suppression_strength(
            d.pop("spill_suppression_strength", UNSET)
        )

        veed_video_background_removal_green_screen_input = cls(
            video_url=video_url,
            output_codec=output_codec,
            spill_suppression_strength=spill_suppression_strength,
        )

        return veed_video_background_removal_green_screen_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.bytedance_seedance_20_fast_text_to_video_input_aspect_ratio import (
    BytedanceSeedance20FastTextToVideoInputAspectRatio,
    check_bytedance_seedance_20_fast_text_to_video_input_aspect_ratio,
)
from ..models.bytedance_seedance_20_fast_text_to_video_input_bitrate_mode import (
    BytedanceSeedance20FastTextToVideoInputBitrateMode,
    check_bytedance_seedance_20_fast_text_to_video_input_bitrate_mode,
)
from ..models.bytedance_seedance_20_fast_text_to_video_input_duration import (
    BytedanceSeedance20FastTextToVideoInputDuration,
    check_bytedance_seedance_20_fast_text_to_video_input_duration,
)
from ..models.bytedance_seedance_20_fast_text_to_video_input_resolution import (
    BytedanceSeedance20FastTextToVideoInputResolution,
    check_bytedance_seedance_20_fast_text_to_video_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .bytedance_seedance_20_fast_text_to_video_output import (
        BytedanceSeedance20FastTextToVideoOutput,  # noqa: F401
    )


T = TypeVar("T", bound="BytedanceSeedance20FastTextToVideoInput")


@_attrs_define
class BytedanceSeedance20FastTextToVideoInput(
    FalInput["BytedanceSeedance20FastTextToVideoOutput"],
    endpoint="bytedance/seedance-2.0/fast/text-to-video",
):
    """Input of `bytedance/seedance-2.0/fast/text-to-video` (text-to-video). fal publishes no constraints for it (it comes
    from fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are
    not.

    """

    prompt: str
    """String."""
    aspect_ratio: BytedanceSeedance20FastTextToVideoInputAspectRatio | Unset = UNSET
    """One of "auto", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16". Server default: "auto"."""
    bitrate_mode: BytedanceSeedance20FastTextToVideoInputBitrateMode | Unset = UNSET
    """One of "standard", "high". Server default: "standard"."""
    duration: BytedanceSeedance20FastTextToVideoInputDuration | Unset = UNSET
    """One of "auto", "4", "5", "6", "7", "8", "9", "10", ... (13 values). Server default: "auto"."""
    end_user_id: str | Unset = UNSET
    """String."""
    generate_audio: bool | Unset = UNSET
    """Boolean. Server default: true."""
    resolution: BytedanceSeedance20FastTextToVideoInputResolution | Unset = UNSET
    """One of "480p", "720p". Server default: "720p"."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        bitrate_mode: str | Unset = UNSET
        if not isinstance(self.bitrate_mode, Unset):
            bitrate_mode = self.bitrate_mode

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        end_user_id = self.end_user_id

        generate_audio = self.generate_audio

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if bitrate_mode is not UNSET:
            field_dict["bitrate_mode"] = bitrate_mode
        if duration is not UNSET:
            field_dict["duration"] = duration
        if end_user_id is not UNSET:
            field_dict["end_user_id"] = end_user_id
        if generate_audio is not UNSET:
            field_dict["generate_audio"] = generate_audio
        if resolution is not UNSET:
            field_dict["resolution"] = resolution

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: BytedanceSeedance20FastTextToVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_bytedance_seedance_20_fast_text_to_video_input_aspect_ratio(
                _aspect_ratio
            )

        _bitrate_mode = d.pop("bitrate_mode", UNSET)
        bitrate_mode: BytedanceSeedance20FastTextToVideoInputBitrateMode | Unset
        if isinstance(_bitrate_mode, Unset):
            bitrate_mode = UNSET
        else:
            bitrate_mode = check_bytedance_seedance_20_fast_text_to_video_input_bitrate_mode(
                _bitrate_mode
            )

        _duration = d.pop("duration", UNSET)
        duration: BytedanceSeedance20FastTextToVideoInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_bytedance_seedance_20_fast_text_to_video_input_duration(_duration)

        end_user_id = d.pop("end_user_id", UNSET)

        generate_audio = d.pop("generate_audio", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: BytedanceSeedance20FastTextToVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_bytedance_seedance_20_fast_text_to_video_input_resolution(
                _resolution
            )

        bytedance_seedance_20_fast_text_to_video_input = cls(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            bitrate_mode=bitrate_mode,
            duration=duration,
            end_user_id=end_user_id,
            generate_audio=generate_audio,
            resolution=resolution,
        )

        return bytedance_seedance_20_fast_text_to_video_input

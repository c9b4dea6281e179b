from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.bytedance_seedance_20_fast_reference_to_video_input_aspect_ratio import (
    BytedanceSeedance20FastReferenceToVideoInputAspectRatio,
    check_bytedance_seedance_20_fast_reference_to_video_input_aspect_ratio,
)
from ..models.bytedance_seedance_20_fast_reference_to_video_input_bitrate_mode import (
    BytedanceSeedance20FastReferenceToVideoInputBitrateMode,
    check_bytedance_seedance_20_fast_reference_to_video_input_bitrate_mode,
)
from ..models.bytedance_seedance_20_fast_reference_to_video_input_duration import (
    BytedanceSeedance20FastReferenceToVideoInputDuration,
    check_bytedance_seedance_20_fast_reference_to_video_input_duration,
)
from ..models.bytedance_seedance_20_fast_reference_to_video_input_resolution import (
    BytedanceSeedance20FastReferenceToVideoInputResolution,
    check_bytedance_seedance_20_fast_reference_to_video_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .bytedance_seedance_20_fast_reference_to_video_output import (
        BytedanceSeedance20FastReferenceToVideoOutput,  # noqa: F401
    )


T = TypeVar("T", bound="BytedanceSeedance20FastReferenceToVideoInput")


@_attrs_define
class BytedanceSeedance20FastReferenceToVideoInput(
    FalInput["BytedanceSeedance20FastReferenceToVideoOutput"],
    endpoint="bytedance/seedance-2.0/fast/reference-to-video",
):
    """Input of `bytedance/seedance-2.0/fast/reference-to-video` (unknown). fal publishes no constraints for it (it comes
    from fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are
    not.

    """

    prompt: str
    """String."""
    aspect_ratio: BytedanceSeedance20FastReferenceToVideoInputAspectRatio | Unset = UNSET
    """One of "auto", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16". Server default: "auto"."""
    audio_urls: list[str] | Unset = UNSET
    """List of string."""
    bitrate_mode: BytedanceSeedance20FastReferenceToVideoInputBitrateMode | Unset = UNSET
    """One of "standard", "high". Server default: "standard"."""
    duration: BytedanceSeedance20FastReferenceToVideoInputDuration | Unset = UNSET
    """One of "auto", "4", "5", "6", "7", "8", "9", "10", ... (13 values). Server default: "auto"."""
    end_user_id: str | Unset = UNSET
    """String."""
    generate_audio: bool | Unset = UNSET
    """Boolean. Server default: true."""
    image_urls: list[str] | Unset = UNSET
    """List of string."""
    resolution: BytedanceSeedance20FastReferenceToVideoInputResolution | Unset = UNSET
    """One of "480p", "720p". Server default: "720p"."""
    video_urls: list[str] | Unset = UNSET
    """List of string."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        audio_urls: list[str] | Unset = UNSET
        if not isinstance(self.audio_urls, Unset):
            audio_urls = self.audio_urls

        bitrate_mode: str | Unset = UNSET
        if not isinstance(self.bitrate_mode, Unset):
            bitrate_mode = self.bitrate_mode

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        end_user_id = self.end_user_id

        generate_audio = self.generate_audio

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        video_urls: list[str] | Unset = UNSET
        if not isinstance(self.video_urls, Unset):
            video_urls = self.video_urls

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if audio_urls is not UNSET:
            field_dict["audio_urls"] = audio_urls
        if bitrate_mode is not UNSET:
            field_dict["bitrate_mode"] = bitrate_mode
        if duration is not UNSET:
            field_dict["duration"] = duration
        if end_user_id is not UNSET:
            field_dict["end_user_id"] = end_user_id
        if generate_audio is not UNSET:
            field_dict["generate_audio"] = generate_audio
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if video_urls is not UNSET:
            field_dict["video_urls"] = video_urls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: BytedanceSeedance20FastReferenceToVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_bytedance_seedance_20_fast_reference_to_video_input_aspect_ratio(
                _aspect_ratio
            )

        audio_urls = cast(list[str], d.pop("audio_urls", UNSET))

        _bitrate_mode = d.pop("bitrate_mode", UNSET)
        bitrate_mode: BytedanceSeedance20FastReferenceToVideoInputBitrateMode | Unset
        if isinstance(_bitrate_mode, Unset):
            bitrate_mode = UNSET
        else:
            bitrate_mode = check_bytedance_seedance_20_fast_reference_to_video_input_bitrate_mode(
                _bitrate_mode
            )

        _duration = d.pop("duration", UNSET)
        duration: BytedanceSeedance20FastReferenceToVideoInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_bytedance_seedance_20_fast_reference_to_video_input_duration(_duration)

        end_user_id = d.pop("end_user_id", UNSET)

        generate_audio = d.pop("generate_audio", UNSET)

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        _resolution = d.pop("resolution", UNSET)
        resolution: BytedanceSeedance20FastReferenceToVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_bytedance_seedance_20_fast_reference_to_video_input_resolution(
                _resolution
            )

        video_urls = cast(list[str], d.pop("video_urls", UNSET))

        bytedance_seedance_20_fast_reference_to_video_input = cls(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            audio_urls=audio_urls,
            bitrate_mode=bitrate_mode,
            duration=duration,
            end_user_id=end_user_id,
            generate_audio=generate_audio,
            image_urls=image_urls,
            resolution=resolution,
            video_urls=video_urls,
        )

        return bytedance_seedance_20_fast_reference_to_video_input

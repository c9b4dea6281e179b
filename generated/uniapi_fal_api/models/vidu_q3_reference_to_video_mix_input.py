from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.vidu_q3_reference_to_video_mix_input_aspect_ratio import (
    ViduQ3ReferenceToVideoMixInputAspectRatio,
    check_vidu_q3_reference_to_video_mix_input_aspect_ratio,
)
from ..models.vidu_q3_reference_to_video_mix_input_resolution import (
    ViduQ3ReferenceToVideoMixInputResolution,
    check_vidu_q3_reference_to_video_mix_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .vidu_q3_reference_to_video_mix_output import ViduQ3ReferenceToVideoMixOutput  # noqa: F401


T = TypeVar("T", bound="ViduQ3ReferenceToVideoMixInput")


@_attrs_define
class ViduQ3ReferenceToVideoMixInput(
    FalInput["ViduQ3ReferenceToVideoMixOutput"], endpoint="fal-ai/vidu/q3/reference-to-video/mix"
):
    """Input of `fal-ai/vidu/q3/reference-to-video/mix` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    reference_image_urls: list[str]
    """List of string."""
    aspect_ratio: ViduQ3ReferenceToVideoMixInputAspectRatio | Unset = UNSET
    """One of "16:9", "9:16", "4:3", "3:4", "1:1". Server default: "16:9"."""
    audio: bool | Unset = UNSET
    """Boolean. Server default: true."""
    duration: float | Unset = UNSET
    """Number. Server default: 5."""
    resolution: ViduQ3ReferenceToVideoMixInputResolution | Unset = UNSET
    """One of "360p", "540p", "720p", "1080p". Server default: "720p"."""
    seed: float | Unset = UNSET
    """Number."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        reference_image_urls = self.reference_image_urls

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        audio = self.audio

        duration = self.duration

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if audio is not UNSET:
            field_dict["audio"] = audio
        if duration is not UNSET:
            field_dict["duration"] = duration
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        reference_image_urls = cast(list[str], d.pop("reference_image_urls"))

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: ViduQ3ReferenceToVideoMixInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_vidu_q3_reference_to_video_mix_input_aspect_ratio(_aspect_ratio)

        audio = d.pop("audio", UNSET)

        duration = d.pop("duration", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: ViduQ3ReferenceToVideoMixInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_vidu_q3_reference_to_video_mix_input_resolution(_resolution)

        seed = d.pop("seed", UNSET)

        vidu_q3_reference_to_video_mix_input = cls(
            prompt=prompt,
            reference_image_urls=reference_image_urls,
            aspect_ratio=aspect_ratio,
            audio=audio,
            duration=duration,
            resolution=resolution,
            seed=seed,
        )

        return vidu_q3_reference_to_video_mix_input

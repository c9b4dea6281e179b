from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.minimax_h3_reference_to_video_input_aspect_ratio import (
    MinimaxH3ReferenceToVideoInputAspectRatio,
    check_minimax_h3_reference_to_video_input_aspect_ratio,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .minimax_h3_reference_to_video_output import MinimaxH3ReferenceToVideoOutput  # noqa: F401


T = TypeVar("T", bound="MinimaxH3ReferenceToVideoInput")


@_attrs_define
class MinimaxH3ReferenceToVideoInput(
    FalInput["MinimaxH3ReferenceToVideoOutput"], endpoint="minimax/h3/reference-to-video"
):
    """Input of `minimax/h3/reference-to-video` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    aspect_ratio: MinimaxH3ReferenceToVideoInputAspectRatio | Unset = UNSET
    """One of "adaptive", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16". Server default: "adaptive"."""
    duration: float | Unset = UNSET
    """Number. Server default: 5."""
    reference_audio_urls: list[str] | Unset = UNSET
    """List of string."""
    reference_image_urls: list[str] | Unset = UNSET
    """List of string."""
    reference_video_urls: list[str] | Unset = UNSET
    """List of string."""
    resolution: str | Unset = UNSET
    """String. Server default: "2K"."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        duration = self.duration

        reference_audio_urls: list[str] | Unset = UNSET
        if not isinstance(self.reference_audio_urls, Unset):
            reference_audio_urls = self.reference_audio_urls

        reference_image_urls: list[str] | Unset = UNSET
        if not isinstance(self.reference_image_urls, Unset):
            reference_image_urls = self.reference_image_urls

        reference_video_urls: list[str] | Unset = UNSET
        if not isinstance(self.reference_video_urls, Unset):
            reference_video_urls = self.reference_video_urls

        resolution = self.resolution

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if duration is not UNSET:
            field_dict["duration"] = duration
        if reference_audio_urls is not UNSET:
            field_dict["reference_audio_urls"] = reference_audio_urls
        if reference_image_urls is not UNSET:
            field_dict["reference_image_urls"] = reference_image_urls
        if reference_video_urls is not UNSET:
            field_dict["reference_video_urls"] = reference_video_urls
        if resolution is not UNSET:
            field_dict["resolution"] = resolution

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: MinimaxH3ReferenceToVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_minimax_h3_reference_to_video_input_aspect_ratio(_aspect_ratio)

        duration = d.pop("duration", UNSET)

        reference_audio_urls = cast(list[str], d.pop("reference_audio_urls", UNSET))

        reference_image_urls = cast(list[str], d.pop("reference_image_urls", UNSET))

        reference_video_urls = cast(list[str], d.pop("reference_video_urls", UNSET))

        resolution = d.pop("resolution", UNSET)

        minimax_h3_reference_to_video_input = cls(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            duration=duration,
            reference_audio_urls=reference_audio_urls,
            reference_image_urls=reference_image_urls,
            reference_video_urls=reference_video_urls,
            resolution=resolution,
        )

        return minimax_h3_reference_to_video_input

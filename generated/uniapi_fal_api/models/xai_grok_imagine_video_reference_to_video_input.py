from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.xai_grok_imagine_video_reference_to_video_input_aspect_ratio import (
    XaiGrokImagineVideoReferenceToVideoInputAspectRatio,
    check_xai_grok_imagine_video_reference_to_video_input_aspect_ratio,
)
from ..models.xai_grok_imagine_video_reference_to_video_input_resolution import (
    XaiGrokImagineVideoReferenceToVideoInputResolution,
    check_xai_grok_imagine_video_reference_to_video_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .xai_grok_imagine_video_reference_to_video_output import (
        XaiGrokImagineVideoReferenceToVideoOutput,  # noqa: F401
    )


T = TypeVar("T", bound="XaiGrokImagineVideoReferenceToVideoInput")


@_attrs_define
class XaiGrokImagineVideoReferenceToVideoInput(
    FalInput["XaiGrokImagineVideoReferenceToVideoOutput"],
    endpoint="xai/grok-imagine-video/reference-to-video",
):
    """Input of `xai/grok-imagine-video/reference-to-video` (unknown). fal publishes no constraints for it (it comes from
    fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    reference_image_urls: list[str]
    """List of string."""
    aspect_ratio: XaiGrokImagineVideoReferenceToVideoInputAspectRatio | Unset = UNSET
    """One of "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16". Server default: "16:9"."""
    duration: float | Unset = UNSET
    """Number. Server default: 8."""
    resolution: XaiGrokImagineVideoReferenceToVideoInputResolution | Unset = UNSET
    """One of "480p", "720p". Server default: "480p"."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        reference_image_urls = self.reference_image_urls

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        duration = self.duration

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if duration is not UNSET:
            field_dict["duration"] = duration
        if resolution is not UNSET:
            field_dict["resolution"] = resolution

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        reference_image_urls = cast(list[str], d.pop("reference_image_urls"))

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: XaiGrokImagineVideoReferenceToVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_xai_grok_imagine_video_reference_to_video_input_aspect_ratio(
                _aspect_ratio
            )

        duration = d.pop("duration", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: XaiGrokImagineVideoReferenceToVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_xai_grok_imagine_video_reference_to_video_input_resolution(
                _resolution
            )

        xai_grok_imagine_video_reference_to_video_input = cls(
            prompt=prompt,
            reference_image_urls=reference_image_urls,
            aspect_ratio=aspect_ratio,
            duration=duration,
            resolution=resolution,
        )

        return xai_grok_imagine_video_reference_to_video_input

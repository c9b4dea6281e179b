from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.xai_grok_imagine_video_v15_image_to_video_input_resolution import (
    XaiGrokImagineVideoV15ImageToVideoInputResolution,
    check_xai_grok_imagine_video_v15_image_to_video_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .xai_grok_imagine_video_v15_image_to_video_output import (
        XaiGrokImagineVideoV15ImageToVideoOutput,  # noqa: F401
    )


T = TypeVar("T", bound="XaiGrokImagineVideoV15ImageToVideoInput")


@_attrs_define
class XaiGrokImagineVideoV15ImageToVideoInput(
    FalInput["XaiGrokImagineVideoV15ImageToVideoOutput"],
    endpoint="xai/grok-imagine-video/v1.5/image-to-video",
):
    """Input of `xai/grok-imagine-video/v1.5/image-to-video` (image-to-video). fal publishes no constraints for it (it
    comes from fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths
    are not.

    """

    image_url: str
    """URL or local file."""
    prompt: str
    """String."""
    duration: float | Unset = UNSET
    """Number. Server default: 6."""
    resolution: XaiGrokImagineVideoV15ImageToVideoInputResolution | Unset = UNSET
    """One of "480p", "720p", "1080p". Server default: "720p"."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        prompt = self.prompt

        duration = self.duration

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration
        if resolution is not UNSET:
            field_dict["resolution"] = resolution

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        prompt = d.pop("prompt")

        duration = d.pop("duration", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: XaiGrokImagineVideoV15ImageToVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_xai_grok_imagine_video_v15_image_to_video_input_resolution(
                _resolution
            )

        xai_grok_imagine_video_v15_image_to_video_input = cls(
            image_url=image_url,
            prompt=prompt,
            duration=duration,
            resolution=resolution,
        )

        return xai_grok_imagine_video_v15_image_to_video_input

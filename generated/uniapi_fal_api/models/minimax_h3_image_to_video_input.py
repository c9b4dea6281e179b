from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .minimax_h3_image_to_video_output import MinimaxH3ImageToVideoOutput  # noqa: F401


T = TypeVar("T", bound="MinimaxH3ImageToVideoInput")


@_attrs_define
class MinimaxH3ImageToVideoInput(
    FalInput["MinimaxH3ImageToVideoOutput"], endpoint="minimax/h3/image-to-video"
):
    """Input of `minimax/h3/image-to-video` (image-to-video). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    prompt: str
    """String."""
    duration: float | Unset = UNSET
    """Number. Server default: 5."""
    end_image_url: str | Unset = UNSET
    """URL or local file."""
    resolution: str | Unset = UNSET
    """String. Server default: "2K"."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        prompt = self.prompt

        duration = self.duration

        end_image_url = self.end_image_url

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
        if end_image_url is not UNSET:
            field_dict["end_image_url"] = end_image_url
        if resolution is not UNSET:
            field_dict["resolution"] = resolution

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        prompt = d.pop("prompt")

        duration = d.pop("duration", UNSET)

        end_image_url = d.pop("end_image_url", UNSET)

        resolution = d.pop("resolution", UNSET)

        minimax_h3_image_to_video_input = cls(
            image_url=image_url,
            prompt=prompt,
            duration=duration,
            end_image_url=end_image_url,
            resolution=resolution,
        )

        return minimax_h3_image_to_video_input

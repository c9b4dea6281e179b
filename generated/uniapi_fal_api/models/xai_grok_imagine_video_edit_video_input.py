from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.xai_grok_imagine_video_edit_video_input_resolution import (
    XaiGrokImagineVideoEditVideoInputResolution,
    check_xai_grok_imagine_video_edit_video_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .xai_grok_imagine_video_edit_video_output import (
        XaiGrokImagineVideoEditVideoOutput,  # noqa: F401
    )


T = TypeVar("T", bound="XaiGrokImagineVideoEditVideoInput")


@_attrs_define
class XaiGrokImagineVideoEditVideoInput(
    FalInput["XaiGrokImagineVideoEditVideoOutput"], endpoint="xai/grok-imagine-video/edit-video"
):
    """Input of `xai/grok-imagine-video/edit-video` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    video_url: str
    """URL or local file."""
    resolution: XaiGrokImagineVideoEditVideoInputResolution | Unset = UNSET
    """One of "auto", "480p", "720p". Server default: "auto"."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        video_url = self.video_url

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "video_url": video_url,
            }
        )
        if resolution is not UNSET:
            field_dict["resolution"] = resolution

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        video_url = d.pop("video_url")

        _resolution = d.pop("resolution", UNSET)
        resolution: XaiGrokImagineVideoEditVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_xai_grok_imagine_video_edit_video_input_resolution(_resolution)

        xai_grok_imagine_video_edit_video_input = cls(
            prompt=prompt,
            video_url=video_url,
            resolution=resolution,
        )

        return xai_grok_imagine_video_edit_video_input

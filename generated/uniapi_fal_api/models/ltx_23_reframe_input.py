from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.ltx_23_reframe_input_aspect_ratio import (
    Ltx23ReframeInputAspectRatio,
    check_ltx_23_reframe_input_aspect_ratio,
)
from ..models.ltx_23_reframe_input_resolution import (
    Ltx23ReframeInputResolution,
    check_ltx_23_reframe_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .ltx_23_reframe_output import Ltx23ReframeOutput  # noqa: F401


T = TypeVar("T", bound="Ltx23ReframeInput")


@_attrs_define
class Ltx23ReframeInput(FalInput["Ltx23ReframeOutput"], endpoint="fal-ai/ltx-2.3/reframe"):
    """Input of `fal-ai/ltx-2.3/reframe` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    video_url: str
    """URL or local file."""
    aspect_ratio: Ltx23ReframeInputAspectRatio | Unset = UNSET
    """One of "1:1", "4:5", "5:4", "9:16", "16:9". Server default: "16:9"."""
    resolution: Ltx23ReframeInputResolution | Unset = UNSET
    """One of "720p", "1080p". Server default: "1080p"."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if resolution is not UNSET:
            field_dict["resolution"] = resolution

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Ltx23ReframeInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_ltx_23_reframe_input_aspect_ratio(_aspect_ratio)

        _resolution = d.pop("resolution", UNSET)
        resolution: Ltx23ReframeInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_ltx_23_reframe_input_resolution(_resolution)

        ltx_23_reframe_input = cls(
            video_url=video_url,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
        )

        return ltx_23_reframe_input

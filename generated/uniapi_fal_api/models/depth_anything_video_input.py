from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.depth_anything_video_input_colormap import (
    DepthAnythingVideoInputColormap,
    check_depth_anything_video_input_colormap,
)
from ..models.depth_anything_video_input_model import (
    DepthAnythingVideoInputModel,
    check_depth_anything_video_input_model,
)
from ..models.depth_anything_video_input_resolution import (
    DepthAnythingVideoInputResolution,
    check_depth_anything_video_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .depth_anything_video_output import DepthAnythingVideoOutput  # noqa: F401


T = TypeVar("T", bound="DepthAnythingVideoInput")


@_attrs_define
class DepthAnythingVideoInput(
    FalInput["DepthAnythingVideoOutput"], endpoint="fal-ai/depth-anything-video"
):
    """Input of `fal-ai/depth-anything-video` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    video_url: str
    """URL or local file."""
    colormap: DepthAnythingVideoInputColormap | Unset = UNSET
    """One of "grayscale", "turbo", "inferno", "magma", "viridis". Server default: "grayscale"."""
    include_raw_depths: bool | Unset = UNSET
    """Boolean."""
    max_frames: float | Unset = UNSET
    """Number."""
    model: DepthAnythingVideoInputModel | Unset = UNSET
    """One of "VDA-Small", "VDA-Base", "VDA-Large". Server default: "VDA-Large"."""
    output_fps: float | Unset = UNSET
    """Number."""
    resolution: DepthAnythingVideoInputResolution | Unset = UNSET
    """One of "auto", "360p", "480p", "720p", "1080p". Server default: "auto"."""
    side_by_side: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        colormap: str | Unset = UNSET
        if not isinstance(self.colormap, Unset):
            colormap = self.colormap

        include_raw_depths = self.include_raw_depths

        max_frames = self.max_frames

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        output_fps = self.output_fps

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        side_by_side = self.side_by_side

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
            }
        )
        if colormap is not UNSET:
            field_dict["colormap"] = colormap
        if include_raw_depths is not UNSET:
            field_dict["include_raw_depths"] = include_raw_depths
        if max_frames is not UNSET:
            field_dict["max_frames"] = max_frames
        if model is not UNSET:
            field_dict["model"] = model
        if output_fps is not UNSET:
            field_dict["output_fps"] = output_fps
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if side_by_side is not UNSET:
            field_dict["side_by_side"] = side_by_side

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        _colormap = d.pop("colormap", UNSET)
        colormap: DepthAnythingVideoInputColormap | Unset
        if isinstance(_colormap, Unset):
            colormap = UNSET
        else:
            colormap = check_depth_anything_video_input_colormap(_colormap)

        include_raw_depths = d.pop("include_raw_depths", UNSET)

        max_frames = d.pop("max_frames", UNSET)

        _model = d.pop("model", UNSET)
        model: DepthAnythingVideoInputModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_depth_anything_video_input_model(_model)

        output_fps = d.pop("output_fps", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: DepthAnythingVideoInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_depth_anything_video_input_resolution(_resolution)

        side_by_side = d.pop("side_by_side", UNSET)

        depth_anything_video_input = cls(
            video_url=video_url,
            colormap=colormap,
            include_raw_depths=include_raw_depths,
            max_frames=max_frames,
            model=model,
            output_fps=output_fps,
            resolution=resolution,
            side_by_side=side_by_side,
        )

        return depth_anything_video_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.image_2_pixel_input_background_mode import (
    Image2PixelInputBackgroundMode,
    check_image_2_pixel_input_background_mode,
)
from ..models.image_2_pixel_input_detect_method import (
    Image2PixelInputDetectMethod,
    check_image_2_pixel_input_detect_method,
)
from ..models.image_2_pixel_input_downscale_method import (
    Image2PixelInputDownscaleMethod,
    check_image_2_pixel_input_downscale_method,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .image_2_pixel_output import Image2PixelOutput  # noqa: F401


T = TypeVar("T", bound="Image2PixelInput")


@_attrs_define
class Image2PixelInput(FalInput["Image2PixelOutput"], endpoint="fal-ai/image2pixel"):
    """Input of `fal-ai/image2pixel` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript types):
    types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    alpha_threshold: float | Unset = UNSET
    """Number. Server default: 128."""
    auto_color_detect: bool | Unset = UNSET
    """Boolean."""
    background_mode: Image2PixelInputBackgroundMode | Unset = UNSET
    """One of "edges", "corners", "midpoints". Server default: "corners"."""
    background_tolerance: float | Unset = UNSET
    """Number."""
    cleanup_jaggy: bool | Unset = UNSET
    """Boolean."""
    cleanup_morph: bool | Unset = UNSET
    """Boolean."""
    detect_method: Image2PixelInputDetectMethod | Unset = UNSET
    """One of "auto", "runs", "edge". Server default: "auto"."""
    dominant_color_threshold: float | Unset = UNSET
    """Number. Server default: 0.05."""
    downscale_method: Image2PixelInputDownscaleMethod | Unset = UNSET
    """One of "dominant", "median", "mode", "mean", "content-adaptive". Server default: "dominant"."""
    fixed_palette: list[str] | Unset = UNSET
    """List of string."""
    max_colors: float | Unset = UNSET
    """Number. Server default: 32."""
    scale: float | Unset = UNSET
    """Number."""
    snap_grid: bool | Unset = UNSET
    """Boolean. Server default: true."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""
    transparent_background: bool | Unset = UNSET
    """Boolean."""
    trim_borders: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        alpha_threshold = self.alpha_threshold

        auto_color_detect = self.auto_color_detect

        background_mode: str | Unset = UNSET
        if not isinstance(self.background_mode, Unset):
            background_mode = self.background_mode

        background_tolerance = self.background_tolerance

        cleanup_jaggy = self.cleanup_jaggy

        cleanup_morph = self.cleanup_morph

        detect_method: str | Unset = UNSET
        if not isinstance(self.detect_method, Unset):
            detect_method = self.detect_method

        dominant_color_threshold = self.dominant_color_threshold

        downscale_method: str | Unset = UNSET
        if not isinstance(self.downscale_method, Unset):
            downscale_method = self.downscale_method

        fixed_palette: list[str] | Unset = UNSET
        if not isinstance(self.fixed_palette, Unset):
            fixed_palette = self.fixed_palette

        max_colors = self.max_colors

        scale = self.scale

        snap_grid = self.snap_grid

        sync_mode = self.sync_mode

        transparent_background = self.transparent_background

        trim_borders = self.trim_borders

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if alpha_threshold is not UNSET:
            field_dict["alpha_threshold"] = alpha_threshold
        if auto_color_detect is not UNSET:
            field_dict["auto_color_detect"] = auto_color_detect
        if background_mode is not UNSET:
            field_dict["background_mode"] = background_mode
        if background_tolerance is not UNSET:
            field_dict["background_tolerance"] = background_tolerance
        if cleanup_jaggy is not UNSET:
            field_dict["cleanup_jaggy"] = cleanup_jaggy
        if cleanup_morph is not UNSET:
            field_dict["cleanup_morph"] = cleanup_morph
        if detect_method is not UNSET:
            field_dict["detect_method"] = detect_method
        if dominant_color_threshold is not UNSET:
            field_dict["dominant_color_threshold"] = dominant_color_threshold
        if downscale_method is not UNSET:
            field_dict["downscale_method"] = downscale_method
        if fixed_palette is not UNSET:
            field_dict["fixed_palette"] = fixed_palette
        if max_colors is not UNSET:
            field_dict["max_colors"] = max_colors
        if scale is not UNSET:
            field_dict["scale"] = scale
        if snap_grid is not UNSET:
            field_dict["snap_grid"] = snap_grid
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode
        if transparent_background is not UNSET:
            field_dict["transparent_background"] = transparent_background
        if trim_borders is not UNSET:
            field_dict["trim_borders"] = trim_borders

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        alpha_threshold = d.pop("alpha_threshold", UNSET)

        auto_color_detect = d.pop("auto_color_detect", UNSET)

        _background_mode = d.pop("background_mode", UNSET)
        background_mode: Image2PixelInputBackgroundMode | Unset
        if isinstance(_background_mode, Unset):
            background_mode = UNSET
        else:
            background_mode = check_image_2_pixel_input_background_mode(_background_mode)

        background_tolerance = d.pop("background_tolerance", UNSET)

        cleanup_jaggy = d.pop("cleanup_jaggy", UNSET)

        cleanup_morph = d.pop("cleanup_morph", UNSET)

        _detect_method = d.pop("detect_method", UNSET)
        detect_method: Image2PixelInputDetectMethod | Unset
        if isinstance(_detect_method, Unset):
            detect_method = UNSET
        else:
            detect_method = check_image_2_pixel_input_detect_method(_detect_method)

        dominant_color_threshold = d.pop("dominant_color_threshold", UNSET)

        _downscale_method = d.pop("downscale_method", UNSET)
        downscale_method: Image2PixelInputDownscaleMethod | Unset
        if isinstance(_downscale_method, Unset):
            downscale_method = UNSET
        else:
            downscale_method = check_image_2_pixel_input_downscale_method(_downscale_method)

        fixed_palette = cast(list[str], d.pop("fixed_palette", UNSET))

        max_colors = d.pop("max_colors", UNSET)

        scale = d.pop("scale", UNSET)

        snap_grid = d.pop("snap_grid", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        transparent_background = d.pop("transparent_background", UNSET)

        trim_borders = d.pop("trim_borders", UNSET)

        image_2_pixel_input = cls(
            image_url=image_url,
            alpha_threshold=alpha_threshold,
            auto_color_detect=auto_color_detect,
            background_mode=background_mode,
            background_tolerance=background_tolerance,
            cleanup_jaggy=cleanup_jaggy,
            cleanup_morph=cleanup_morph,
            detect_method=detect_method,
            dominant_color_threshold=dominant_color_threshold,
            downscale_method=downscale_method,
            fixed_palette=fixed_palette,
            max_colors=max_colors,
            scale=scale,
            snap_grid=snap_grid,
            sync_mode=sync_mode,
            transparent_background=transparent_background,
            trim_borders=trim_borders,
        )

        return image_2_pixel_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.luma_photon_flash_reframe_input_aspect_ratio import (
    LumaPhotonFlashReframeInputAspectRatio,
    check_luma_photon_flash_reframe_input_aspect_ratio,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .luma_photon_flash_reframe_output import LumaPhotonFlashReframeOutput  # noqa: F401


T = TypeVar("T", bound="LumaPhotonFlashReframeInput")


@_attrs_define
class LumaPhotonFlashReframeInput(
    FalInput["LumaPhotonFlashReframeOutput"], endpoint="fal-ai/luma-photon/flash/reframe"
):
    """Input of `fal-ai/luma-photon/flash/reframe` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    aspect_ratio: LumaPhotonFlashReframeInputAspectRatio
    """One of "1:1", "16:9", "9:16", "4:3", "3:4", "21:9", "9:21"."""
    image_url: str
    """URL or local file."""
    grid_position_x: float | Unset = UNSET
    """Number."""
    grid_position_y: float | Unset = UNSET
    """Number."""
    prompt: str | Unset = UNSET
    """String."""
    x_end: float | Unset = UNSET
    """Number."""
    x_start: float | Unset = UNSET
    """Number."""
    y_end: float | Unset = UNSET
    """Number."""
    y_start: float | Unset = UNSET
    """Number."""

    def to_dict(self) -> dict[str, Any]:
        aspect_ratio: str = self.aspect_ratio

        image_url = self.image_url

        grid_position_x = self.grid_position_x

        grid_position_y = self.grid_position_y

        prompt = self.prompt

        x_end = self.x_end

        x_start = self.x_start

        y_end = self.y_end

        y_start = self.y_start

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "aspect_ratio": aspect_ratio,
                "image_url": image_url,
            }
        )
        if grid_position_x is not UNSET:
            field_dict["grid_position_x"] = grid_position_x
        if grid_position_y is not UNSET:
            field_dict["grid_position_y"] = grid_position_y
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if x_end is not UNSET:
            field_dict["x_end"] = x_end
        if x_start is not UNSET:
            field_dict["x_start"] = x_start
        if y_end is not UNSET:
            field_dict["y_end"] = y_end
        if y_start is not UNSET:
            field_dict["y_start"] = y_start

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        aspect_ratio = check_luma_photon_flash_reframe_input_aspect_ratio(d.pop("aspect_ratio"))

        image_url = d.pop("image_url")

        grid_position_x = d.pop("grid_position_x", UNSET)

        grid_position_y = d.pop("grid_position_y", UNSET)

        prompt = d.pop("prompt", UNSET)

        x_end = d.pop("x_end", UNSET)

        x_start = d.pop("x_start", UNSET)

        y_end = d.pop("y_end", UNSET)

        y_start = d.pop("y_start", UNSET)

        luma_photon_flash_reframe_input = cls(
            aspect_ratio=aspect_ratio,
            image_url=image_url,
            grid_position_x=grid_position_x,
            grid_position_y=grid_position_y,
            prompt=prompt,
            x_end=x_end,
            x_start=x_start,
            y_end=y_end,
            y_start=y_start,
        )

        return luma_photon_flash_reframe_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.luma_dream_machine_ray_2_flash_reframe_input_aspect_ratio import (
    LumaDreamMachineRay2FlashReframeInputAspectRatio,
    check_luma_dream_machine_ray_2_flash_reframe_input_aspect_ratio,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .luma_dream_machine_ray_2_flash_reframe_output import (
        LumaDreamMachineRay2FlashReframeOutput,  # noqa: F401
    )


T = TypeVar("T", bound="LumaDreamMachineRay2FlashReframeInput")


@_attrs_define
class LumaDreamMachineRay2FlashReframeInput(
    FalInput["LumaDreamMachineRay2FlashReframeOutput"],
    endpoint="fal-ai/luma-dream-machine/ray-2-flash/reframe",
):
    """Input of `fal-ai/luma-dream-machine/ray-2-flash/reframe` (video-to-video)."""

    video_url: str
    """Video Url: string."""
    aspect_ratio: LumaDreamMachineRay2FlashReframeInputAspectRatio
    """Aspect Ratio: one of "1:1", "16:9", "9:16", "4:3", "3:4", "21:9", "9:21"."""
    image_url: str | Unset = UNSET
    """Image Url: string."""
    grid_position_x: int | Unset = UNSET
    """Grid Position X: integer."""
    grid_position_y: int | Unset = UNSET
    """Grid Position Y: integer."""
    prompt: str | Unset = UNSET
    """Prompt: string, 1 to 5,000 characters."""
    x_end: int | Unset = UNSET
    """X End: integer."""
    x_start: int | Unset = UNSET
    """X Start: integer."""
    y_end: int | Unset = UNSET
    """Y End: integer."""
    y_start: int | Unset = UNSET
    """Y Start: integer."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

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
                "video_url": video_url,
                "aspect_ratio": aspect_ratio,
            }
        )
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
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
        video_url = d.pop("video_url")

        aspect_ratio = check_luma_dream_machine_ray_2_flash_reframe_input_aspect_ratio(
            d.pop("aspect_ratio")
        )

        image_url = d.pop("image_url", UNSET)

        grid_position_x = d.pop("grid_position_x", UNSET)

        grid_position_y = d.pop("grid_position_y", UNSET)

        prompt = d.pop("prompt", UNSET)

        x_end = d.pop("x_end", UNSET)

        x_start = d.pop("x_start", UNSET)

        y_end = d.pop("y_end", UNSET)

        y_start = d.pop("y_start", UNSET)

        luma_dream_machine_ray_2_flash_reframe_input = cls(
            video_url=video_url,
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

        return luma_dream_machine_ray_2_flash_reframe_input

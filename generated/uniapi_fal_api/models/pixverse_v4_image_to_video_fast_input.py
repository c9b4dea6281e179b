from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.pixverse_v4_image_to_video_fast_input_camera_movement import (
    PixverseV4ImageToVideoFastInputCameraMovement,
    check_pixverse_v4_image_to_video_fast_input_camera_movement,
)
from ..models.pixverse_v4_image_to_video_fast_input_resolution import (
    PixverseV4ImageToVideoFastInputResolution,
    check_pixverse_v4_image_to_video_fast_input_resolution,
)
from ..models.pixverse_v4_image_to_video_fast_input_style import (
    PixverseV4ImageToVideoFastInputStyle,
    check_pixverse_v4_image_to_video_fast_input_style,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .pixverse_v4_image_to_video_fast_output import PixverseV4ImageToVideoFastOutput  # noqa: F401


T = TypeVar("T", bound="PixverseV4ImageToVideoFastInput")


@_attrs_define
class PixverseV4ImageToVideoFastInput(
    FalInput["PixverseV4ImageToVideoFastOutput"], endpoint="fal-ai/pixverse/v4/image-to-video/fast"
):
    """Input of `fal-ai/pixverse/v4/image-to-video/fast` (image-to-video)."""

    prompt: str
    """Prompt: string."""
    image_url: str
    """Image Url: string."""
    resolution: PixverseV4ImageToVideoFastInputResolution | Unset = UNSET
    """Resolution: one of "360p", "540p", "720p". Server default: "720p"."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: ""."""
    style: PixverseV4ImageToVideoFastInputStyle | Unset = UNSET
    """Style: one of "anime", "3d_animation", "clay", "comic", "cyberpunk"."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    camera_movement: PixverseV4ImageToVideoFastInputCameraMovement | Unset = UNSET
    """Camera Movement: one of "horizontal_left", "horizontal_right", "vertical_up",
    "vertical_down", "zoom_in", "zoom_out", "crane_up", "quickly_zoom_in", ... (20 values)."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        image_url = self.image_url

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        negative_prompt = self.negative_prompt

        style: str | Unset = UNSET
        if not isinstance(self.style, Unset):
            style = self.style

        seed = self.seed

        camera_movement: str | Unset = UNSET
        if not isinstance(self.camera_movement, Unset):
            camera_movement = self.camera_movement

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "image_url": image_url,
            }
        )
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if style is not UNSET:
            field_dict["style"] = style
        if seed is not UNSET:
            field_dict["seed"] = seed
        if camera_movement is not UNSET:
            field_dict["camera_movement"] = camera_movement

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        image_url = d.pop("image_url")

        _resolution = d.pop("resolution", UNSET)
        resolution: PixverseV4ImageToVideoFastInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_pixverse_v4_image_to_video_fast_input_resolution(_resolution)

        negative_prompt = d.pop("negative_prompt", UNSET)

        _style = d.pop("style", UNSET)
        style: PixverseV4ImageToVideoFastInputStyle | Unset
        if isinstance(_style, Unset):
            style = UNSET
        else:
            style = check_pixverse_v4_image_to_video_fast_input_style(_style)

        seed = d.pop("seed", UNSET)

        _camera_movement = d.pop("camera_movement", UNSET)
        camera_movement: PixverseV4ImageToVideoFastInputCameraMovement | Unset
        if isinstance(_camera_movement, Unset):
            camera_movement = UNSET
        else:
            camera_movement = check_pixverse_v4_image_to_video_fast_input_camera_movement(
                _camera_movement
            )

        pixverse_v4_image_to_video_fast_input = cls(
            prompt=prompt,
            image_url=image_url,
            resolution=resolution,
            negative_prompt=negative_prompt,
            style=style,
            seed=seed,
            camera_movement=camera_movement,
        )

        return pixverse_v4_image_to_video_fast_input

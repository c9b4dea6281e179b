from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .rife_video_output import RifeVideoOutput  # noqa: F401


T = TypeVar("T", bound="RifeVideoInput")


@_attrs_define
class RifeVideoInput(FalInput["RifeVideoOutput"], endpoint="fal-ai/rife/video"):
    """Input of `fal-ai/rife/video` (video-to-video)."""

    video_url: str
    """Video URL: string."""
    num_frames: int | Unset = UNSET
    """Number of Frames: integer, 1 to 4. Server default: 1."""
    use_scene_detection: bool | Unset = UNSET
    """Use Scene Detection: boolean. Server default: false."""
    use_calculated_fps: bool | Unset = UNSET
    """Use Calculated FPS: boolean. Server default: true."""
    fps: int | Unset = UNSET
    """Frames Per Second: integer, 1 to 60. Server default: 8."""
    loop: bool | Unset = UNSET
    """Loop: boolean. Server default: false."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        num_frames = self.num_frames

        use_scene_detection = self.use_scene_detection

        use_calculated_fps = self.use_calculated_fps

        fps = self.fps

        loop = self.loop

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
            }
        )
        if num_frames is not UNSET:
            field_dict["num_frames"] = num_frames
        if use_scene_detection is not UNSET:
            field_dict["use_scene_detection"] = use_scene_detection
        if use_calculated_fps is not UNSET:
            field_dict["use_calculated_fps"] = use_calculated_fps
        if fps is not UNSET:
            field_dict["fps"] = fps
        if loop is not UNSET:
            field_dict["loop"] = loop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        num_frames = d.pop("num_frames", UNSET)

        use_scene_detection = d.pop("use_scene_detection", UNSET)

        use_calculated_fps = d.pop("use_calculated_fps", UNSET)

        fps = d.pop("fps", UNSET)

        loop = d.pop("loop", UNSET)

        rife_video_input = cls(
            video_url=video_url,
            num_frames=num_frames,
            use_scene_detection=use_scene_detection,
            use_calculated_fps=use_calculated_fps,
            fps=fps,
            loop=loop,
        )

        return rife_video_input

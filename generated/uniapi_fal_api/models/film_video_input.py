from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.film_video_input_video_quality import (
    FilmVideoInputVideoQuality,
    check_film_video_input_video_quality,
)
from ..models.film_video_input_video_write_mode import (
    FilmVideoInputVideoWriteMode,
    check_film_video_input_video_write_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .film_video_output import FilmVideoOutput  # noqa: F401


T = TypeVar("T", bound="FilmVideoInput")


@_attrs_define
class FilmVideoInput(FalInput["FilmVideoOutput"], endpoint="fal-ai/film/video"):
    """Input of `fal-ai/film/video` (video-to-video)."""

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
    sync_mode: bool | Unset = UNSET
    """Sync Mode: boolean. Server default: false."""
    video_quality: FilmVideoInputVideoQuality | Unset = UNSET
    """Video Quality: one of "low", "medium", "high", "maximum". Server default: "high"."""
    video_write_mode: FilmVideoInputVideoWriteMode | Unset = UNSET
    """Video Write Mode: one of "fast", "balanced", "small". Server default: "balanced"."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        num_frames = self.num_frames

        use_scene_detection = self.use_scene_detection

        use_calculated_fps = self.use_calculated_fps

        fps = self.fps

        loop = self.loop

        sync_mode = self.sync_mode

        video_quality: str | Unset = UNSET
        if not isinstance(self.video_quality, Unset):
            video_quality = self.video_quality

        video_write_mode: str | Unset = UNSET
        if not isinstance(self.video_write_mode, Unset):
            video_write_mode = self.video_write_mode

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
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode
        if video_quality is not UNSET:
            field_dict["video_quality"] = video_quality
        if video_write_mode is not UNSET:
            field_dict["video_write_mode"] = video_write_mode

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

        sync_mode = d.pop("sync_mode", UNSET)

        _video_quality = d.pop("video_quality", UNSET)
        video_quality: FilmVideoInputVideoQuality | Unset
        if isinstance(_video_quality, Unset):
            video_quality = UNSET
        else:
            video_quality = check_film_video_input_video_quality(_video_quality)

        _video_write_mode = d.pop("video_write_mode", UNSET)
        video_write_mode: FilmVideoInputVideoWriteMode | Unset
        if isinstance(_video_write_mode, Unset):
            video_write_mode = UNSET
        else:
            video_write_mode = check_film_video_input_video_write_mode(_video_write_mode)

        film_video_input = cls(
            video_url=video_url,
            num_frames=num_frames,
            use_scene_detection=use_scene_detection,
            use_calculated_fps=use_calculated_fps,
            fps=fps,
            loop=loop,
            sync_mode=sync_mode,
            video_quality=video_quality,
            video_write_mode=video_write_mode,
        )

        return film_video_input

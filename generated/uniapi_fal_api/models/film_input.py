from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.film_input_image_format import (
    FilmInputImageFormat,
    check_film_input_image_format,
)
from ..models.film_input_output_type import (
    FilmInputOutputType,
    check_film_input_output_type,
)
from ..models.film_input_video_quality import (
    FilmInputVideoQuality,
    check_film_input_video_quality,
)
from ..models.film_input_video_write_mode import (
    FilmInputVideoWriteMode,
    check_film_input_video_write_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .film_output import FilmOutput  # noqa: F401


T = TypeVar("T", bound="FilmInput")


@_attrs_define
class FilmInput(FalInput["FilmOutput"], endpoint="fal-ai/film"):
    """Input of `fal-ai/film` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript types): types,
    enums and required fields are checked before sending, bounds and lengths are not.

    """

    end_image_url: str
    """URL or local file."""
    start_image_url: str
    """URL or local file."""
    fps: float | Unset = UNSET
    """Number. Server default: 8."""
    image_format: FilmInputImageFormat | Unset = UNSET
    """One of "png", "jpeg". Server default: "jpeg"."""
    include_end: bool | Unset = UNSET
    """Boolean."""
    include_start: bool | Unset = UNSET
    """Boolean."""
    num_frames: float | Unset = UNSET
    """Number. Server default: 1."""
    output_type: FilmInputOutputType | Unset = UNSET
    """One of "images", "video". Server default: "images"."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""
    video_quality: FilmInputVideoQuality | Unset = UNSET
    """One of "low", "medium", "high", "maximum". Server default: "high"."""
    video_write_mode: FilmInputVideoWriteMode | Unset = UNSET
    """One of "fast", "balanced", "small". Server default: "balanced"."""

    def to_dict(self) -> dict[str, Any]:
        end_image_url = self.end_image_url

        start_image_url = self.start_image_url

        fps = self.fps

        image_format: str | Unset = UNSET
        if not isinstance(self.image_format, Unset):
            image_format = self.image_format

        include_end = self.include_end

        include_start = self.include_start

        num_frames = self.num_frames

        output_type: str | Unset = UNSET
        if not isinstance(self.output_type, Unset):
            output_type = self.output_type

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
                "end_image_url": end_image_url,
                "start_image_url": start_image_url,
            }
        )
        if fps is not UNSET:
            field_dict["fps"] = fps
        if image_format is not UNSET:
            field_dict["image_format"] = image_format
        if include_end is not UNSET:
            field_dict["include_end"] = include_end
        if include_start is not UNSET:
            field_dict["include_start"] = include_start
        if num_frames is not UNSET:
            field_dict["num_frames"] = num_frames
        if output_type is not UNSET:
            field_dict["output_type"] = output_type
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
        end_image_url = d.pop("end_image_url")

        start_image_url = d.pop("start_image_url")

        fps = d.pop("fps", UNSET)

        _image_format = d.pop("image_format", UNSET)
        image_format: FilmInputImageFormat | Unset
        if isinstance(_image_format, Unset):
            image_format = UNSET
        else:
            image_format = check_film_input_image_format(_image_format)

        include_end = d.pop("include_end", UNSET)

        include_start = d.pop("include_start", UNSET)

        num_frames = d.pop("num_frames", UNSET)

        _output_type = d.pop("output_type", UNSET)
        output_type: FilmInputOutputType | Unset
        if isinstance(_output_type, Unset):
            output_type = UNSET
        else:
            output_type = check_film_input_output_type(_output_type)

        sync_mode = d.pop("sync_mode", UNSET)

        _video_quality = d.pop("video_quality", UNSET)
        video_quality: FilmInputVideoQuality | Unset
        if isinstance(_video_quality, Unset):
            video_quality = UNSET
        else:
            video_quality = check_film_input_video_quality(_video_quality)

        _video_write_mode = d.pop("video_write_mode", UNSET)
        video_write_mode: FilmInputVideoWriteMode | Unset
        if isinstance(_video_write_mode, Unset):
            video_write_mode = UNSET
        else:
            video_write_mode = check_film_input_video_write_mode(_video_write_mode)

        film_input = cls(
            end_image_url=end_image_url,
            start_image_url=start_image_url,
            fps=fps,
            image_format=image_format,
            include_end=include_end,
            include_start=include_start,
            num_frames=num_frames,
            output_type=output_type,
            sync_mode=sync_mode,
            video_quality=video_quality,
            video_write_mode=video_write_mode,
        )

        return film_input

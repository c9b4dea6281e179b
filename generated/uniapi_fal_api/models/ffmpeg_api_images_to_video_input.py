from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_frame import ImageFrame
    from .ffmpeg_api_images_to_video_output import FfmpegApiImagesToVideoOutput  # noqa: F401


T = TypeVar("T", bound="FfmpegApiImagesToVideoInput")


@_attrs_define
class FfmpegApiImagesToVideoInput(
    FalInput["FfmpegApiImagesToVideoOutput"], endpoint="fal-ai/ffmpeg-api/images-to-video"
):
    """Input of `fal-ai/ffmpeg-api/images-to-video` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    images: list[ImageFrame]
    """List of ImageFrame."""
    fps: float | Unset = UNSET
    """Number. Server default: 24."""

    def to_dict(self) -> dict[str, Any]:
        images = []
        for images_item_data in self.images:
            images_item = images_item_data.to_dict()
            images.append(images_item)

        fps = self.fps

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "images": images,
            }
        )
        if fps is not UNSET:
            field_dict["fps"] = fps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_frame import ImageFrame  # noqa: PLC0415

        d = dict(src_dict)
        images = []
        _images = d.pop("images")
        for images_item_data in _images:
            images_item = ImageFrame.from_dict(images_item_data)

            images.append(images_item)

        fps = d.pop("fps", UNSET)

        ffmpeg_api_images_to_video_input = cls(
            images=images,
            fps=fps,
        )

        return ffmpeg_api_images_to_video_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput

if TYPE_CHECKING:
    from .bytedance_video_stylize_output import BytedanceVideoStylizeOutput  # noqa: F401


T = TypeVar("T", bound="BytedanceVideoStylizeInput")


@_attrs_define
class BytedanceVideoStylizeInput(
    FalInput["BytedanceVideoStylizeOutput"], endpoint="fal-ai/bytedance/video-stylize"
):
    """Input of `fal-ai/bytedance/video-stylize` (image-to-video). fal no longer lists this endpoint."""

    style: str
    """Style: string, at most 100 characters."""
    image_url: str
    """Image Url: string."""

    def to_dict(self) -> dict[str, Any]:
        style = self.style

        image_url = self.image_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "style": style,
                "image_url": image_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        style = d.pop("style")

        image_url = d.pop("image_url")

        bytedance_video_stylize_input = cls(
            style=style,
            image_url=image_url,
        )

        return bytedance_video_stylize_input

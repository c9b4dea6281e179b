from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput

if TYPE_CHECKING:
    from .imageutils_nsfw_output import ImageutilsNsfwOutput  # noqa: F401


T = TypeVar("T", bound="ImageutilsNsfwInput")


@_attrs_define
class ImageutilsNsfwInput(FalInput["ImageutilsNsfwOutput"], endpoint="fal-ai/imageutils/nsfw"):
    """Input of `fal-ai/imageutils/nsfw` (vision)."""

    image_url: str
    """Image Url: string."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        imageutils_nsfw_input = cls(
            image_url=image_url,
        )

        return imageutils_nsfw_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput

if TYPE_CHECKING:
    from .moondream_2_object_detection_output import Moondream2ObjectDetectionOutput  # noqa: F401


T = TypeVar("T", bound="Moondream2ObjectDetectionInput")


@_attrs_define
class Moondream2ObjectDetectionInput(
    FalInput["Moondream2ObjectDetectionOutput"], endpoint="fal-ai/moondream2/object-detection"
):
    """Input of `fal-ai/moondream2/object-detection` (vision)."""

    image_url: str
    """Image URL: string."""
    object_: str
    """Object: string."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        object_ = self.object_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "object": object_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        object_ = d.pop("object")

        moondream_2_object_detection_input = cls(
            image_url=image_url,
            object_=object_,
        )

        return moondream_2_object_detection_input

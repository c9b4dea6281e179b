from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput

if TYPE_CHECKING:
    from .florence_2_large_caption_output import Florence2LargeCaptionOutput  # noqa: F401


T = TypeVar("T", bound="Florence2LargeCaptionInput")


@_attrs_define
class Florence2LargeCaptionInput(
    FalInput["Florence2LargeCaptionOutput"], endpoint="fal-ai/florence-2-large/caption"
):
    """Input of `fal-ai/florence-2-large/caption` (vision)."""

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

        florence_2_large_caption_input = cls(
            image_url=image_url,
        )

        return florence_2_large_caption_input

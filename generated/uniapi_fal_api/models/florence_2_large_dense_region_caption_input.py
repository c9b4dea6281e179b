from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput

if TYPE_CHECKING:
    from .florence_2_large_dense_region_caption_output import (
        Florence2LargeDenseRegionCaptionOutput,  # noqa: F401
    )


T = TypeVar("T", bound="Florence2LargeDenseRegionCaptionInput")


@_attrs_define
class Florence2LargeDenseRegionCaptionInput(
    FalInput["Florence2LargeDenseRegionCaptionOutput"],
    endpoint="fal-ai/florence-2-large/dense-region-caption",
):
    """Input of `fal-ai/florence-2-large/dense-region-caption` (unknown). fal publishes no constraints for it (it comes
    from fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are
    not.

    """

    image_url: str
    """URL or local file."""

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

        florence_2_large_dense_region_caption_input = cls(
            image_url=image_url,
        )

        return florence_2_large_dense_region_caption_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput

if TYPE_CHECKING:
    from ..models.region import Region
    from .florence_2_large_region_to_category_output import (
        Florence2LargeRegionToCategoryOutput,  # noqa: F401
    )


T = TypeVar("T", bound="Florence2LargeRegionToCategoryInput")


@_attrs_define
class Florence2LargeRegionToCategoryInput(
    FalInput["Florence2LargeRegionToCategoryOutput"],
    endpoint="fal-ai/florence-2-large/region-to-category",
):
    """Input of `fal-ai/florence-2-large/region-to-category` (vision)."""

    image_url: str
    """Image Url: string."""
    region: Region
    """Region: Region."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        region = self.region.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "region": region,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.region import Region  # noqa: PLC0415

        d = dict(src_dict)
        image_url = d.pop("image_url")

        region = Region.from_dict(d.pop("region"))

        florence_2_large_region_to_category_input = cls(
            image_url=image_url,
            region=region,
        )

        return florence_2_large_region_to_category_input

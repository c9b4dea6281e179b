from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput

if TYPE_CHECKING:
    from ..models.region_v490508 import RegionV490508
    from .florence_2_large_region_to_segmentation_output import (
        Florence2LargeRegionToSegmentationOutput,  # noqa: F401
    )


T = TypeVar("T", bound="Florence2LargeRegionToSegmentationInput")


@_attrs_define
class Florence2LargeRegionToSegmentationInput(
    FalInput["Florence2LargeRegionToSegmentationOutput"],
    endpoint="fal-ai/florence-2-large/region-to-segmentation",
):
    """Input of `fal-ai/florence-2-large/region-to-segmentation` (unknown). fal publishes no constraints for it (it comes
    from fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are
    not.

    """

    image_url: str
    """URL or local file."""
    region: RegionV490508
    """RegionV490508."""

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
        from ..models.region_v490508 import RegionV490508  # noqa: PLC0415

        d = dict(src_dict)
        image_url = d.pop("image_url")

        region = RegionV490508.from_dict(d.pop("region"))

        florence_2_large_region_to_segmentation_input = cls(
            image_url=image_url,
            region=region,
        )

        return florence_2_large_region_to_segmentation_input

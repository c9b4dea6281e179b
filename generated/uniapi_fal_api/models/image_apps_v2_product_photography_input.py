from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.aspect_ratio import AspectRatio
    from .image_apps_v2_product_photography_output import (
        ImageAppsV2ProductPhotographyOutput,  # noqa: F401
    )


T = TypeVar("T", bound="ImageAppsV2ProductPhotographyInput")


@_attrs_define
class ImageAppsV2ProductPhotographyInput(
    FalInput["ImageAppsV2ProductPhotographyOutput"],
    endpoint="fal-ai/image-apps-v2/product-photography",
):
    """Input of `fal-ai/image-apps-v2/product-photography` (unknown). fal publishes no constraints for it (it comes from
    fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    product_image_url: str
    """URL or local file."""
    aspect_ratio: AspectRatio | Unset = UNSET
    """AspectRatio."""

    def to_dict(self) -> dict[str, Any]:
        product_image_url = self.product_image_url

        aspect_ratio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "product_image_url": product_image_url,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.aspect_ratio import AspectRatio  # noqa: PLC0415

        d = dict(src_dict)
        product_image_url = d.pop("product_image_url")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: AspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = AspectRatio.from_dict(_aspect_ratio)

        image_apps_v2_product_photography_input = cls(
            product_image_url=product_image_url,
            aspect_ratio=aspect_ratio,
        )

        return image_apps_v2_product_photography_input

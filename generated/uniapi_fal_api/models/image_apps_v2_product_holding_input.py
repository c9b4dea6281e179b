from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.aspect_ratio import AspectRatio
    from .image_apps_v2_product_holding_output import ImageAppsV2ProductHoldingOutput  # noqa: F401


T = TypeVar("T", bound="ImageAppsV2ProductHoldingInput")


@_attrs_define
class ImageAppsV2ProductHoldingInput(
    FalInput["ImageAppsV2ProductHoldingOutput"], endpoint="fal-ai/image-apps-v2/product-holding"
):
    """Input of `fal-ai/image-apps-v2/product-holding` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    person_image_url: str
    """URL or local file."""
    product_image_url: str
    """URL or local file."""
    aspect_ratio: AspectRatio | Unset = UNSET
    """AspectRatio."""

    def to_dict(self) -> dict[str, Any]:
        person_image_url = self.person_image_url

        product_image_url = self.product_image_url

        aspect_ratio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "person_image_url": person_image_url,
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
        person_image_url = d.pop("person_image_url")

        product_image_url = d.pop("product_image_url")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: AspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = AspectRatio.from_dict(_aspect_ratio)

        image_apps_v2_product_holding_input = cls(
            person_image_url=person_image_url,
            product_image_url=product_image_url,
            aspect_ratio=aspect_ratio,
        )

        return image_apps_v2_product_holding_input

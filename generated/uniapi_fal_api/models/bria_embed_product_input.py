from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.embed_item import EmbedItem
    from .bria_embed_product_output import BriaEmbedProductOutput  # noqa: F401


T = TypeVar("T", bound="BriaEmbedProductInput")


@_attrs_define
class BriaEmbedProductInput(FalInput["BriaEmbedProductOutput"], endpoint="bria/embed-product"):
    """Input of `bria/embed-product` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript types):
    types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_source: str | Unset = UNSET
    """String."""
    products: list[EmbedItem] | Unset = UNSET
    """List of EmbedItem."""
    seed: float | Unset = UNSET
    """Number. Server default: 5555."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        image_source = self.image_source

        products: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.products, Unset):
            products = []
            for products_item_data in self.products:
                products_item = products_item_data.to_dict()
                products.append(products_item)

        seed = self.seed

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if image_source is not UNSET:
            field_dict["image_source"] = image_source
        if products is not UNSET:
            field_dict["products"] = products
        if seed is not UNSET:
            field_dict["seed"] = seed
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.embed_item import EmbedItem  # noqa: PLC0415

        d = dict(src_dict)
        image_source = d.pop("image_source", UNSET)

        _products = d.pop("products", UNSET)
        products: list[EmbedItem] | Unset = UNSET
        if _products is not UNSET:
            products = []
            for products_item_data in _products:
                products_item = EmbedItem.from_dict(products_item_data)

                products.append(products_item)

        seed = d.pop("seed", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        bria_embed_product_input = cls(
            image_source=image_source,
            products=products,
            seed=seed,
            sync_mode=sync_mode,
        )

        return bria_embed_product_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.coordinates import Coordinates


T = TypeVar("T", bound="EmbedItem")


@_attrs_define
class EmbedItem:
    coordinates: Coordinates
    """Coordinates."""
    image_source: str | Unset = UNSET
    """String."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coordinates = self.coordinates.to_dict()

        image_source = self.image_source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coordinates": coordinates,
            }
        )
        if image_source is not UNSET:
            field_dict["image_source"] = image_source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.coordinates import Coordinates  # noqa: PLC0415

        d = dict(src_dict)
        coordinates = Coordinates.from_dict(d.pop("coordinates"))

        image_source = d.pop("image_source", UNSET)

        embed_item = cls(
            coordinates=coordinates,
            image_source=image_source,
        )

        embed_item.additional_properties = d
        return embed_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

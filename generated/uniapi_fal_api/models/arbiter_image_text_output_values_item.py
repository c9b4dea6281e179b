from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.arbiter_image_text_output_values_item_additional_property_type_1 import (
        ArbiterImageTextOutputValuesItemAdditionalPropertyType1,
    )


T = TypeVar("T", bound="ArbiterImageTextOutputValuesItem")


@_attrs_define
class ArbiterImageTextOutputValuesItem:
    additional_properties: dict[
        str, ArbiterImageTextOutputValuesItemAdditionalPropertyType1 | float
    ] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.arbiter_image_text_output_values_item_additional_property_type_1 import (
            ArbiterImageTextOutputValuesItemAdditionalPropertyType1,  # noqa: PLC0415
        )

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, ArbiterImageTextOutputValuesItemAdditionalPropertyType1):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.arbiter_image_text_output_values_item_additional_property_type_1 import (
            ArbiterImageTextOutputValuesItemAdditionalPropertyType1,  # noqa: PLC0415
        )

        d = dict(src_dict)
        arbiter_image_text_output_values_item = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(
                data: object,
            ) -> ArbiterImageTextOutputValuesItemAdditionalPropertyType1 | float:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_1 = (
                        ArbiterImageTextOutputValuesItemAdditionalPropertyType1.from_dict(data)
                    )

                    return additional_property_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ArbiterImageTextOutputValuesItemAdditionalPropertyType1 | float, data)

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        arbiter_image_text_output_values_item.additional_properties = additional_properties
        return arbiter_image_text_output_values_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> ArbiterImageTextOutputValuesItemAdditionalPropertyType1 | float:
        return self.additional_properties[key]

    def __setitem__(
        self, key: str, value: ArbiterImageTextOutputValuesItemAdditionalPropertyType1 | float
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

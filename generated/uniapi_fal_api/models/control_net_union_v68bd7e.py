from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.control_net_union_input_v7b6bc4 import ControlNetUnionInputV7B6BC4


T = TypeVar("T", bound="ControlNetUnionV68BD7E")


@_attrs_define
class ControlNetUnionV68BD7E:
    controls: list[ControlNetUnionInputV7B6BC4]
    """List of ControlNetUnionInputV7B6BC4."""
    path: str
    """String."""
    config_url: str | Unset = UNSET
    """URL or local file."""
    variant: str | Unset = UNSET
    """String."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        controls = []
        for controls_item_data in self.controls:
            controls_item = controls_item_data.to_dict()
            controls.append(controls_item)

        path = self.path

        config_url = self.config_url

        variant = self.variant

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "controls": controls,
                "path": path,
            }
        )
        if config_url is not UNSET:
            field_dict["config_url"] = config_url
        if variant is not UNSET:
            field_dict["variant"] = variant

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.control_net_union_input_v7b6bc4 import ControlNetUnionInputV7B6BC4  # noqa: PLC0415

        d = dict(src_dict)
        controls = []
        _controls = d.pop("controls")
        for controls_item_data in _controls:
            controls_item = ControlNetUnionInputV7B6BC4.from_dict(controls_item_data)

            controls.append(controls_item)

        path = d.pop("path")

        config_url = d.pop("config_url", UNSET)

        variant = d.pop("variant", UNSET)

        control_net_union_v68bd7e = cls(
            controls=controls,
            path=path,
            config_url=config_url,
            variant=variant,
        )

        control_net_union_v68bd7e.additional_properties = d
        return control_net_union_v68bd7e

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

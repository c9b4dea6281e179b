from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.text_customization import TextCustomization


T = TypeVar("T", bound="TextCustomizations")


@_attrs_define
class TextCustomizations:
    baseline: TextCustomization | Unset = UNSET
    """TextCustomization."""
    highlighted: TextCustomization | Unset = UNSET
    """TextCustomization."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        baseline: dict[str, Any] | Unset = UNSET
        if not isinstance(self.baseline, Unset):
            baseline = self.baseline.to_dict()

        highlighted: dict[str, Any] | Unset = UNSET
        if not isinstance(self.highlighted, Unset):
            highlighted = self.highlighted.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if baseline is not UNSET:
            field_dict["baseline"] = baseline
        if highlighted is not UNSET:
            field_dict["highlighted"] = highlighted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.text_customization import TextCustomization  # noqa: PLC0415

        d = dict(src_dict)
        _baseline = d.pop("baseline", UNSET)
        baseline: TextCustomization | Unset
        if isinstance(_baseline, Unset):
            baseline = UNSET
        else:
            baseline = TextCustomization.from_dict(_baseline)

        _highlighted = d.pop("highlighted", UNSET)
        highlighted: TextCustomization | Unset
        if isinstance(_highlighted, Unset):
            highlighted = UNSET
        else:
            highlighted = TextCustomization.from_dict(_highlighted)

        text_customizations = cls(
            baseline=baseline,
            highlighted=highlighted,
        )

        text_customizations.additional_properties = d
        return text_customizations

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

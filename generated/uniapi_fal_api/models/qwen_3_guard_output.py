from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.qwen_3_guard_output_categories_item import (
    Qwen3GuardOutputCategoriesItem,
    check_qwen_3_guard_output_categories_item,
)
from ..models.qwen_3_guard_output_label import (
    Qwen3GuardOutputLabel,
    check_qwen_3_guard_output_label,
)

T = TypeVar("T", bound="Qwen3GuardOutput")


@_attrs_define
class Qwen3GuardOutput:
    """Output of `fal-ai/qwen-3-guard` (llm). fal no longer lists this endpoint."""

    label: Qwen3GuardOutputLabel
    """Label: one of "Safe", "Unsafe", "Controversial"."""
    categories: list[Qwen3GuardOutputCategoriesItem]
    """Categories: list of one of "Violent", "Non-violent Illegal Acts", "Sexual Content or Sexual
    Acts", "PII", "Suicide & Self-Harm", "Unethical Acts", "Politically Sensitive Topics",
    "Copyright Violation", ... (10 values)."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label: str = self.label

        categories = []
        for categories_item_data in self.categories:
            categories_item: str = categories_item_data
            categories.append(categories_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "categories": categories,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = check_qwen_3_guard_output_label(d.pop("label"))

        categories = []
        _categories = d.pop("categories")
        for categories_item_data in _categories:
            categories_item = check_qwen_3_guard_output_categories_item(categories_item_data)

            categories.append(categories_item)

        qwen_3_guard_output = cls(
            label=label,
            categories=categories,
        )

        qwen_3_guard_output.additional_properties = d
        return qwen_3_guard_output

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

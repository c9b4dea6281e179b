from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="IdeogramCustomModelsOutput")


@_attrs_define
class IdeogramCustomModelsOutput:
    """Output of `fal-ai/ideogram/custom-models` (unknown)."""

    custom_model_uri: str
    """String."""
    model_id: str
    """String."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_model_uri = self.custom_model_uri

        model_id = self.model_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "custom_model_uri": custom_model_uri,
                "model_id": model_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        custom_model_uri = d.pop("custom_model_uri")

        model_id = d.pop("model_id")

        ideogram_custom_models_output = cls(
            custom_model_uri=custom_model_uri,
            model_id=model_id,
        )

        ideogram_custom_models_output.additional_properties = d
        return ideogram_custom_models_output

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NemotronDiffusionVLMUsage")


@_attrs_define
class NemotronDiffusionVLMUsage:
    completion_tokens: float
    """Number."""
    num_function_evals: float
    """Number."""
    prompt_tokens: float
    """Number."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        completion_tokens = self.completion_tokens

        num_function_evals = self.num_function_evals

        prompt_tokens = self.prompt_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "completion_tokens": completion_tokens,
                "num_function_evals": num_function_evals,
                "prompt_tokens": prompt_tokens,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        completion_tokens = d.pop("completion_tokens")

        num_function_evals = d.pop("num_function_evals")

        prompt_tokens = d.pop("prompt_tokens")

        nemotron_diffusion_vlm_usage = cls(
            completion_tokens=completion_tokens,
            num_function_evals=num_function_evals,
            prompt_tokens=prompt_tokens,
        )

        nemotron_diffusion_vlm_usage.additional_properties = d
        return nemotron_diffusion_vlm_usage

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

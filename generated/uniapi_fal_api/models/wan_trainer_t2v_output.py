from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.fal_file_v6e13db import FalFileV6E13DB


T = TypeVar("T", bound="WanTrainerT2VOutput")


@_attrs_define
class WanTrainerT2VOutput:
    """Output of `fal-ai/wan-trainer/t2v` (unknown)."""

    config_file: FalFileV6E13DB
    """FalFileV6E13DB."""
    lora_file: FalFileV6E13DB
    """FalFileV6E13DB."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config_file = self.config_file.to_dict()

        lora_file = self.lora_file.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "config_file": config_file,
                "lora_file": lora_file,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file_v6e13db import FalFileV6E13DB  # noqa: PLC0415

        d = dict(src_dict)
        config_file = FalFileV6E13DB.from_dict(d.pop("config_file"))

        lora_file = FalFileV6E13DB.from_dict(d.pop("lora_file"))

        wan_trainer_t2v_output = cls(
            config_file=config_file,
            lora_file=lora_file,
        )

        wan_trainer_t2v_output.additional_properties = d
        return wan_trainer_t2v_output

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

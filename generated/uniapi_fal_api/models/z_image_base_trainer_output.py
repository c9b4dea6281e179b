from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.fal_file_vb4cc40 import FalFileVB4CC40


T = TypeVar("T", bound="ZImageBaseTrainerOutput")


@_attrs_define
class ZImageBaseTrainerOutput:
    """Output of `fal-ai/z-image-base-trainer` (training). fal no longer lists this endpoint."""

    diffusers_lora_file: FalFileVB4CC40
    """FalFileVB4CC40."""
    config_file: FalFileVB4CC40
    """FalFileVB4CC40."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        diffusers_lora_file = self.diffusers_lora_file.to_dict()

        config_file = self.config_file.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "diffusers_lora_file": diffusers_lora_file,
                "config_file": config_file,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file_vb4cc40 import FalFileVB4CC40  # noqa: PLC0415

        d = dict(src_dict)
        diffusers_lora_file = FalFileVB4CC40.from_dict(d.pop("diffusers_lora_file"))

        config_file = FalFileVB4CC40.from_dict(d.pop("config_file"))

        z_image_base_trainer_output = cls(
            diffusers_lora_file=diffusers_lora_file,
            config_file=config_file,
        )

        z_image_base_trainer_output.additional_properties = d
        return z_image_base_trainer_output

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

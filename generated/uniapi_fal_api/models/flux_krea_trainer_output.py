from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fal_file import FalFile


T = TypeVar("T", bound="FluxKreaTrainerOutput")


@_attrs_define
class FluxKreaTrainerOutput:
    """Output of `fal-ai/flux-krea-trainer` (training). fal no longer lists this endpoint."""

    diffusers_lora_file: FalFile
    """Diffusers Lora File: FalFile."""
    config_file: FalFile
    """Config File: FalFile."""
    debug_preprocessed_output: FalFile | Unset = UNSET
    """Debug Preprocessed Output: FalFile."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        diffusers_lora_file = self.diffusers_lora_file.to_dict()

        config_file = self.config_file.to_dict()

        debug_preprocessed_output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.debug_preprocessed_output, Unset):
            debug_preprocessed_output = self.debug_preprocessed_output.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "diffusers_lora_file": diffusers_lora_file,
                "config_file": config_file,
            }
        )
        if debug_preprocessed_output is not UNSET:
            field_dict["debug_preprocessed_output"] = debug_preprocessed_output

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file import FalFile  # noqa: PLC0415

        d = dict(src_dict)
        diffusers_lora_file = FalFile.from_dict(d.pop("diffusers_lora_file"))

        config_file = FalFile.from_dict(d.pop("config_file"))

        _debug_preprocessed_output = d.pop("debug_preprocessed_output", UNSET)
        debug_preprocessed_output: FalFile | Unset
        if isinstance(_debug_preprocessed_output, Unset):
            debug_preprocessed_output = UNSET
        else:
            debug_preprocessed_output = FalFile.from_dict(_debug_preprocessed_output)

        flux_krea_trainer_output = cls(
            diffusers_lora_file=diffusers_lora_file,
            config_file=config_file,
            debug_preprocessed_output=debug_preprocessed_output,
        )

        flux_krea_trainer_output.additional_properties = d
        return flux_krea_trainer_output

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lora_adapter_result_denoiser import (
    LoraAdapterResultDenoiser,
    check_lora_adapter_result_denoiser,
)
from ..models.lora_adapter_result_rank import (
    LoraAdapterResultRank,
    check_lora_adapter_result_rank,
)
from ..models.lora_adapter_result_resolution import (
    LoraAdapterResultResolution,
    check_lora_adapter_result_resolution,
)

if TYPE_CHECKING:
    from ..models.fal_file_v6e13db import FalFileV6E13DB


T = TypeVar("T", bound="LoraAdapterResult")


@_attrs_define
class LoraAdapterResult:
    denoiser: LoraAdapterResultDenoiser
    """One of "sparse_structure", "geometry", "texture"."""
    learning_rate: float
    """Number."""
    lora_file: FalFileV6E13DB
    """FalFileV6E13DB."""
    rank: LoraAdapterResultRank
    """One of 16, 32, 64."""
    resolution: LoraAdapterResultResolution
    """One of 512, 1024."""
    training_steps: float
    """Number."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        denoiser: str = self.denoiser

        learning_rate = self.learning_rate

        lora_file = self.lora_file.to_dict()

        rank: int = self.rank

        resolution: int = self.resolution

        training_steps = self.training_steps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "denoiser": denoiser,
                "learning_rate": learning_rate,
                "lora_file": lora_file,
                "rank": rank,
                "resolution": resolution,
                "training_steps": training_steps,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file_v6e13db import FalFileV6E13DB  # noqa: PLC0415

        d = dict(src_dict)
        denoiser = check_lora_adapter_result_denoiser(d.pop("denoiser"))

        learning_rate = d.pop("learning_rate")

        lora_file = FalFileV6E13DB.from_dict(d.pop("lora_file"))

        rank = check_lora_adapter_result_rank(d.pop("rank"))

        resolution = check_lora_adapter_result_resolution(d.pop("resolution"))

        training_steps = d.pop("training_steps")

        lora_adapter_result = cls(
            denoiser=denoiser,
            learning_rate=learning_rate,
            lora_file=lora_file,
            rank=rank,
            resolution=resolution,
            training_steps=training_steps,
        )

        lora_adapter_result.additional_properties = d
        return lora_adapter_result

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

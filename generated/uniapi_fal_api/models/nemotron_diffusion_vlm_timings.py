from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NemotronDiffusionVLMTimings")


@_attrs_define
class NemotronDiffusionVLMTimings:
    decode_time: float
    """Number."""
    generation_time: float
    """Number."""
    gpu_transfer_time: float
    """Number."""
    image_validation_time: float
    """Number."""
    preprocessing_time: float
    """Number."""
    total_time: float
    """Number."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        decode_time = self.decode_time

        generation_time = self.generation_time

        gpu_transfer_time = self.gpu_transfer_time

        image_validation_time = self.image_validation_time

        preprocessing_time = self.preprocessing_time

        total_time = self.total_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "decode_time": decode_time,
                "generation_time": generation_time,
                "gpu_transfer_time": gpu_transfer_time,
                "image_validation_time": image_validation_time,
                "preprocessing_time": preprocessing_time,
                "total_time": total_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        decode_time = d.pop("decode_time")

        generation_time = d.pop("generation_time")

        gpu_transfer_time = d.pop("gpu_transfer_time")

        image_validation_time = d.pop("image_validation_time")

        preprocessing_time = d.pop("preprocessing_time")

        total_time = d.pop("total_time")

        nemotron_diffusion_vlm_timings = cls(
            decode_time=decode_time,
            generation_time=generation_time,
            gpu_transfer_time=gpu_transfer_time,
            image_validation_time=image_validation_time,
            preprocessing_time=preprocessing_time,
            total_time=total_time,
        )

        nemotron_diffusion_vlm_timings.additional_properties = d
        return nemotron_diffusion_vlm_timings

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

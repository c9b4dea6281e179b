from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fal_file_v6e13db import FalFileV6E13DB
    from ..models.lora_adapter_result import LoraAdapterResult
    from ..models.lora_training_failure import LoraTrainingFailure


T = TypeVar("T", bound="Trellis2LoraTrainerOutput")


@_attrs_define
class Trellis2LoraTrainerOutput:
    """Output of `fal-ai/trellis-2-lora-trainer` (unknown)."""

    adapters: list[LoraAdapterResult]
    """List of LoraAdapterResult."""
    preprocessed_data_file: FalFileV6E13DB
    """FalFileV6E13DB."""
    failed: list[LoraTrainingFailure] | Unset = UNSET
    """List of LoraTrainingFailure."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        adapters = []
        for adapters_item_data in self.adapters:
            adapters_item = adapters_item_data.to_dict()
            adapters.append(adapters_item)

        preprocessed_data_file = self.preprocessed_data_file.to_dict()

        failed: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.failed, Unset):
            failed = []
            for failed_item_data in self.failed:
                failed_item = failed_item_data.to_dict()
                failed.append(failed_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "adapters": adapters,
                "preprocessed_data_file": preprocessed_data_file,
            }
        )
        if failed is not UNSET:
            field_dict["failed"] = failed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file_v6e13db import FalFileV6E13DB  # noqa: PLC0415
        from ..models.lora_adapter_result import LoraAdapterResult  # noqa: PLC0415
        from ..models.lora_training_failure import LoraTrainingFailure  # noqa: PLC0415

        d = dict(src_dict)
        adapters = []
        _adapters = d.pop("adapters")
        for adapters_item_data in _adapters:
            adapters_item = LoraAdapterResult.from_dict(adapters_item_data)

            adapters.append(adapters_item)

        preprocessed_data_file = FalFileV6E13DB.from_dict(d.pop("preprocessed_data_file"))

        _failed = d.pop("failed", UNSET)
        failed: list[LoraTrainingFailure] | Unset = UNSET
        if _failed is not UNSET:
            failed = []
            for failed_item_data in _failed:
                failed_item = LoraTrainingFailure.from_dict(failed_item_data)

                failed.append(failed_item)

        trellis_2_lora_trainer_output = cls(
            adapters=adapters,
            preprocessed_data_file=preprocessed_data_file,
            failed=failed,
        )

        trellis_2_lora_trainer_output.additional_properties = d
        return trellis_2_lora_trainer_output

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fal_file_v6e13db import FalFileV6E13DB


T = TypeVar("T", bound="Ltx23V2VTrainerOutput")


@_attrs_define
class Ltx23V2VTrainerOutput:
    """Output of `fal-ai/ltx23-v2v-trainer` (unknown)."""

    config_file: FalFileV6E13DB
    """FalFileV6E13DB."""
    lora_file: FalFileV6E13DB
    """FalFileV6E13DB."""
    debug_dataset: FalFileV6E13DB | Unset = UNSET
    """FalFileV6E13DB."""
    video: FalFileV6E13DB | Unset = UNSET
    """FalFileV6E13DB."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config_file = self.config_file.to_dict()

        lora_file = self.lora_file.to_dict()

        debug_dataset: dict[str, Any] | Unset = UNSET
        if not isinstance(self.debug_dataset, Unset):
            debug_dataset = self.debug_dataset.to_dict()

        video: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video, Unset):
            video = self.video.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "config_file": config_file,
                "lora_file": lora_file,
            }
        )
        if debug_dataset is not UNSET:
            field_dict["debug_dataset"] = debug_dataset
        if video is not UNSET:
            field_dict["video"] = video

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file_v6e13db import FalFileV6E13DB  # noqa: PLC0415

        d = dict(src_dict)
        config_file = FalFileV6E13DB.from_dict(d.pop("config_file"))

        lora_file = FalFileV6E13DB.from_dict(d.pop("lora_file"))

        _debug_dataset = d.pop("debug_dataset", UNSET)
        debug_dataset: FalFileV6E13DB | Unset
        if isinstance(_debug_dataset, Unset):
            debug_dataset = UNSET
        else:
            debug_dataset = FalFileV6E13DB.from_dict(_debug_dataset)

        _video = d.pop("video", UNSET)
        video: FalFileV6E13DB | Unset
        if isinstance(_video, Unset):
            video = UNSET
        else:
            video = FalFileV6E13DB.from_dict(_video)

        ltx_23v2v_trainer_output = cls(
            config_file=config_file,
            lora_file=lora_file,
            debug_dataset=debug_dataset,
            video=video,
        )

        ltx_23v2v_trainer_output.additional_properties = d
        return ltx_23v2v_trainer_output

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

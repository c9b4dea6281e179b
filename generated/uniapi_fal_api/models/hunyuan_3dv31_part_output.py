from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.fal_file_v6e13db import FalFileV6E13DB


T = TypeVar("T", bound="Hunyuan3DV31PartOutput")


@_attrs_define
class Hunyuan3DV31PartOutput:
    """Output of `fal-ai/hunyuan-3d/v3.1/part` (unknown)."""

    result_files: list[FalFileV6E13DB]
    """List of FalFileV6E13DB."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result_files = []
        for result_files_item_data in self.result_files:
            result_files_item = result_files_item_data.to_dict()
            result_files.append(result_files_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "result_files": result_files,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file_v6e13db import FalFileV6E13DB  # noqa: PLC0415

        d = dict(src_dict)
        result_files = []
        _result_files = d.pop("result_files")
        for result_files_item_data in _result_files:
            result_files_item = FalFileV6E13DB.from_dict(result_files_item_data)

            result_files.append(result_files_item)

        hunyuan_3dv31_part_output = cls(
            result_files=result_files,
        )

        hunyuan_3dv31_part_output.additional_properties = d
        return hunyuan_3dv31_part_output

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

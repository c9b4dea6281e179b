from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.fal_file import FalFile


T = TypeVar("T", bound="MoondreamNextBatchOutput")


@_attrs_define
class MoondreamNextBatchOutput:
    """Output of `fal-ai/moondream-next/batch` (vision)."""

    captions_file: FalFile
    """Captions File: FalFile."""
    outputs: list[str]
    """Outputs: list of string."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        captions_file = self.captions_file.to_dict()

        outputs = self.outputs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "captions_file": captions_file,
                "outputs": outputs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file import FalFile  # noqa: PLC0415

        d = dict(src_dict)
        captions_file = FalFile.from_dict(d.pop("captions_file"))

        outputs = cast(list[str], d.pop("outputs"))

        moondream_next_batch_output = cls(
            captions_file=captions_file,
            outputs=outputs,
        )

        moondream_next_batch_output.additional_properties = d
        return moondream_next_batch_output

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

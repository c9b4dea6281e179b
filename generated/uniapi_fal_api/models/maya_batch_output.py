from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.fal_file_vb4cc40 import FalFileVB4CC40


T = TypeVar("T", bound="MayaBatchOutput")


@_attrs_define
class MayaBatchOutput:
    """Output of `fal-ai/maya/batch` (text-to-speech)."""

    audios: list[FalFileVB4CC40]
    """Audios: list of FalFileVB4CC40."""
    durations: list[float]
    """Durations: list of number."""
    sample_rate: str
    """Sample Rate: string."""
    total_generation_time: float
    """Total Generation Time: number."""
    average_rtf: float
    """Average Rtf: number."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audios = []
        for audios_item_data in self.audios:
            audios_item = audios_item_data.to_dict()
            audios.append(audios_item)

        durations = self.durations

        sample_rate = self.sample_rate

        total_generation_time = self.total_generation_time

        average_rtf = self.average_rtf

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "audios": audios,
                "durations": durations,
                "sample_rate": sample_rate,
                "total_generation_time": total_generation_time,
                "average_rtf": average_rtf,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file_vb4cc40 import FalFileVB4CC40  # noqa: PLC0415

        d = dict(src_dict)
        audios = []
        _audios = d.pop("audios")
        for audios_item_data in _audios:
            audios_item = FalFileVB4CC40.from_dict(audios_item_data)

            audios.append(audios_item)

        durations = cast(list[float], d.pop("durations"))

        sample_rate = d.pop("sample_rate")

        total_generation_time = d.pop("total_generation_time")

        average_rtf = d.pop("average_rtf")

        maya_batch_output = cls(
            audios=audios,
            durations=durations,
            sample_rate=sample_rate,
            total_generation_time=total_generation_time,
            average_rtf=average_rtf,
        )

        maya_batch_output.additional_properties = d
        return maya_batch_output

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.moondream_batched_output_timings import MoondreamBatchedOutputTimings


T = TypeVar("T", bound="MoondreamBatchedOutput")


@_attrs_define
class MoondreamBatchedOutput:
    """Output of `fal-ai/moondream/batched` (vision)."""

    outputs: list[str]
    """Outputs: list of string."""
    timings: MoondreamBatchedOutputTimings
    """Timings: object."""
    partial: bool | Unset = UNSET
    """Partial: boolean. Server default: false."""
    filenames: list[str] | None | Unset = UNSET
    """Filenames: list of string or None."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        outputs = self.outputs

        timings = self.timings.to_dict()

        partial = self.partial

        filenames: list[str] | None | Unset
        if isinstance(self.filenames, Unset):
            filenames = UNSET
        elif isinstance(self.filenames, list):
            filenames = self.filenames

        else:
            filenames = self.filenames

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "outputs": outputs,
                "timings": timings,
            }
        )
        if partial is not UNSET:
            field_dict["partial"] = partial
        if filenames is not UNSET:
            field_dict["filenames"] = filenames

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.moondream_batched_output_timings import (
            MoondreamBatchedOutputTimings,  # noqa: PLC0415
        )

        d = dict(src_dict)
        outputs = cast(list[str], d.pop("outputs"))

        timings = MoondreamBatchedOutputTimings.from_dict(d.pop("timings"))

        partial = d.pop("partial", UNSET)

        def _parse_filenames(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                filenames_type_0 = cast(list[str], data)

                return filenames_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        filenames = _parse_filenames(d.pop("filenames", UNSET))

        moondream_batched_output = cls(
            outputs=outputs,
            timings=timings,
            partial=partial,
            filenames=filenames,
        )

        moondream_batched_output.additional_properties = d
        return moondream_batched_output

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

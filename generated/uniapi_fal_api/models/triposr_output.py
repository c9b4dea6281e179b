from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fal_file import FalFile
    from ..models.triposr_output_timings import TriposrOutputTimings


T = TypeVar("T", bound="TriposrOutput")


@_attrs_define
class TriposrOutput:
    """Output of `fal-ai/triposr` (image-to-3d)."""

    model_mesh: FalFile
    """Model Mesh: FalFile."""
    timings: TriposrOutputTimings
    """Timings: object."""
    remeshing_dir: FalFile | Unset = UNSET
    """Remeshing Dir: FalFile."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_mesh = self.model_mesh.to_dict()

        timings = self.timings.to_dict()

        remeshing_dir: dict[str, Any] | Unset = UNSET
        if not isinstance(self.remeshing_dir, Unset):
            remeshing_dir = self.remeshing_dir.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_mesh": model_mesh,
                "timings": timings,
            }
        )
        if remeshing_dir is not UNSET:
            field_dict["remeshing_dir"] = remeshing_dir

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file import FalFile  # noqa: PLC0415
        from ..models.triposr_output_timings import TriposrOutputTimings  # noqa: PLC0415

        d = dict(src_dict)
        model_mesh = FalFile.from_dict(d.pop("model_mesh"))

        timings = TriposrOutputTimings.from_dict(d.pop("timings"))

        _remeshing_dir = d.pop("remeshing_dir", UNSET)
        remeshing_dir: FalFile | Unset
        if isinstance(_remeshing_dir, Unset):
            remeshing_dir = UNSET
        else:
            remeshing_dir = FalFile.from_dict(_remeshing_dir)

        triposr_output = cls(
            model_mesh=model_mesh,
            timings=timings,
            remeshing_dir=remeshing_dir,
        )

        triposr_output.additional_properties = d
        return triposr_output

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

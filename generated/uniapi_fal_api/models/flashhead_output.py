from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fal_file_v6e13db import FalFileV6E13DB


T = TypeVar("T", bound="FlashheadOutput")


@_attrs_define
class FlashheadOutput:
    """Output of `fal-ai/flashhead` (unknown)."""

    duration: float
    """Number."""
    seed: float
    """Number."""
    video: FalFileV6E13DB
    """FalFileV6E13DB."""
    timings: Any | Unset = UNSET
    """Any value."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration = self.duration

        seed = self.seed

        video = self.video.to_dict()

        timings = self.timings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "duration": duration,
                "seed": seed,
                "video": video,
            }
        )
        if timings is not UNSET:
            field_dict["timings"] = timings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file_v6e13db import FalFileV6E13DB  # noqa: PLC0415

        d = dict(src_dict)
        duration = d.pop("duration")

        seed = d.pop("seed")

        video = FalFileV6E13DB.from_dict(d.pop("video"))

        timings = d.pop("timings", UNSET)

        flashhead_output = cls(
            duration=duration,
            seed=seed,
            video=video,
            timings=timings,
        )

        flashhead_output.additional_properties = d
        return flashhead_output

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

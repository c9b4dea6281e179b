from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fal_file_v6e13db import FalFileV6E13DB


T = TypeVar("T", bound="BerniniREditVideoOutput")


@_attrs_define
class BerniniREditVideoOutput:
    """Output of `fal-ai/bernini-r/edit-video` (unknown)."""

    seed: float
    """Number."""
    video: FalFileV6E13DB
    """FalFileV6E13DB."""
    actual_prompt: str | Unset = UNSET
    """String."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        seed = self.seed

        video = self.video.to_dict()

        actual_prompt = self.actual_prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "seed": seed,
                "video": video,
            }
        )
        if actual_prompt is not UNSET:
            field_dict["actual_prompt"] = actual_prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file_v6e13db import FalFileV6E13DB  # noqa: PLC0415

        d = dict(src_dict)
        seed = d.pop("seed")

        video = FalFileV6E13DB.from_dict(d.pop("video"))

        actual_prompt = d.pop("actual_prompt", UNSET)

        bernini_r_edit_video_output = cls(
            seed=seed,
            video=video,
            actual_prompt=actual_prompt,
        )

        bernini_r_edit_video_output.additional_properties = d
        return bernini_r_edit_video_output

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

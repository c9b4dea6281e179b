from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.fal_file_v6e13db import FalFileV6E13DB


T = TypeVar("T", bound="Ltx23QualityCrossEyedOutput")


@_attrs_define
class Ltx23QualityCrossEyedOutput:
    """Output of `fal-ai/ltx-2.3-quality/cross-eyed` (unknown)."""

    prompt: str
    """String."""
    seed: float
    """Number."""
    video: FalFileV6E13DB
    """FalFileV6E13DB."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        seed = self.seed

        video = self.video.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
                "seed": seed,
                "video": video,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file_v6e13db import FalFileV6E13DB  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        seed = d.pop("seed")

        video = FalFileV6E13DB.from_dict(d.pop("video"))

        ltx_23_quality_cross_eyed_output = cls(
            prompt=prompt,
            seed=seed,
            video=video,
        )

        ltx_23_quality_cross_eyed_output.additional_properties = d
        return ltx_23_quality_cross_eyed_output

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fal_file_v6e13db import FalFileV6E13DB


T = TypeVar("T", bound="HunyuanMotionOutput")


@_attrs_define
class HunyuanMotionOutput:
    """Output of `fal-ai/hunyuan-motion` (unknown)."""

    seed: float
    """Number."""
    fbx_file: FalFileV6E13DB | Unset = UNSET
    """FalFileV6E13DB."""
    motion_json: FalFileV6E13DB | Unset = UNSET
    """FalFileV6E13DB."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        seed = self.seed

        fbx_file: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fbx_file, Unset):
            fbx_file = self.fbx_file.to_dict()

        motion_json: dict[str, Any] | Unset = UNSET
        if not isinstance(self.motion_json, Unset):
            motion_json = self.motion_json.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "seed": seed,
            }
        )
        if fbx_file is not UNSET:
            field_dict["fbx_file"] = fbx_file
        if motion_json is not UNSET:
            field_dict["motion_json"] = motion_json

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file_v6e13db import FalFileV6E13DB  # noqa: PLC0415

        d = dict(src_dict)
        seed = d.pop("seed")

        _fbx_file = d.pop("fbx_file", UNSET)
        fbx_file: FalFileV6E13DB | Unset
        if isinstance(_fbx_file, Unset):
            fbx_file = UNSET
        else:
            fbx_file = FalFileV6E13DB.from_dict(_fbx_file)

        _motion_json = d.pop("motion_json", UNSET)
        motion_json: FalFileV6E13DB | Unset
        if isinstance(_motion_json, Unset):
            motion_json = UNSET
        else:
            motion_json = FalFileV6E13DB.from_dict(_motion_json)

        hunyuan_motion_output = cls(
            seed=seed,
            fbx_file=fbx_file,
            motion_json=motion_json,
        )

        hunyuan_motion_output.additional_properties = d
        return hunyuan_motion_output

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

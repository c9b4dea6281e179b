from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fal_file_v6e13db import FalFileV6E13DB


T = TypeVar("T", bound="BasicAnimations")


@_attrs_define
class BasicAnimations:
    running_armature_glb: FalFileV6E13DB | Unset = UNSET
    """FalFileV6E13DB."""
    running_fbx: FalFileV6E13DB | Unset = UNSET
    """FalFileV6E13DB."""
    running_glb: FalFileV6E13DB | Unset = UNSET
    """FalFileV6E13DB."""
    walking_armature_glb: FalFileV6E13DB | Unset = UNSET
    """FalFileV6E13DB."""
    walking_fbx: FalFileV6E13DB | Unset = UNSET
    """FalFileV6E13DB."""
    walking_glb: FalFileV6E13DB | Unset = UNSET
    """FalFileV6E13DB."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        running_armature_glb: dict[str, Any] | Unset = UNSET
        if not isinstance(self.running_armature_glb, Unset):
            running_armature_glb = self.running_armature_glb.to_dict()

        running_fbx: dict[str, Any] | Unset = UNSET
        if not isinstance(self.running_fbx, Unset):
            running_fbx = self.running_fbx.to_dict()

        running_glb: dict[str, Any] | Unset = UNSET
        if not isinstance(self.running_glb, Unset):
            running_glb = self.running_glb.to_dict()

        walking_armature_glb: dict[str, Any] | Unset = UNSET
        if not isinstance(self.walking_armature_glb, Unset):
            walking_armature_glb = self.walking_armature_glb.to_dict()

        walking_fbx: dict[str, Any] | Unset = UNSET
        if not isinstance(self.walking_fbx, Unset):
            walking_fbx = self.walking_fbx.to_dict()

        walking_glb: dict[str, Any] | Unset = UNSET
        if not isinstance(self.walking_glb, Unset):
            walking_glb = self.walking_glb.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if running_armature_glb is not UNSET:
            field_dict["running_armature_glb"] = running_armature_glb
        if running_fbx is not UNSET:
            field_dict["running_fbx"] = running_fbx
        if running_glb is not UNSET:
            field_dict["running_glb"] = running_glb
        if walking_armature_glb is not UNSET:
            field_dict["walking_armature_glb"] = walking_armature_glb
        if walking_fbx is not UNSET:
            field_dict["walking_fbx"] = walking_fbx
        if walking_glb is not UNSET:
            field_dict["walking_glb"] = walking_glb

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file_v6e13db import FalFileV6E13DB  # noqa: PLC0415

        d = dict(src_dict)
        _running_armature_glb = d.pop("running_armature_glb", UNSET)
        running_armature_glb: FalFileV6E13DB | Unset
        if isinstance(_running_armature_glb, Unset):
            running_armature_glb = UNSET
        else:
            running_armature_glb = FalFileV6E13DB.from_dict(_running_armature_glb)

        _running_fbx = d.pop("running_fbx", UNSET)
        running_fbx: FalFileV6E13DB | Unset
        if isinstance(_running_fbx, Unset):
            running_fbx = UNSET
        else:
            running_fbx = FalFileV6E13DB.from_dict(_running_fbx)

        _running_glb = d.pop("running_glb", UNSET)
        running_glb: FalFileV6E13DB | Unset
        if isinstance(_running_glb, Unset):
            running_glb = UNSET
        else:
            running_glb = FalFileV6E13DB.from_dict(_running_glb)

        _walking_armature_glb = d.pop("walking_armature_glb", UNSET)
        walking_armature_glb: FalFileV6E13DB | Unset
        if isinstance(_walking_armature_glb, Unset):
            walking_armature_glb = UNSET
        else:
            walking_armature_glb = FalFileV6E13DB.from_dict(_walking_armature_glb)

        _walking_fbx = d.pop("walking_fbx", UNSET)
        walking_fbx: FalFileV6E13DB | Unset
        if isinstance(_walking_fbx, Unset):
            walking_fbx = UNSET
        else:
            walking_fbx = FalFileV6E13DB.from_dict(_walking_fbx)

        _walking_glb = d.pop("walking_glb", UNSET)
        walking_glb: FalFileV6E13DB | Unset
        if isinstance(_walking_glb, Unset):
            walking_glb = UNSET
        else:
            walking_glb = FalFileV6E13DB.from_dict(_walking_glb)

        basic_animations = cls(
            running_armature_glb=running_armature_glb,
            running_fbx=running_fbx,
            running_glb=running_glb,
            walking_armature_glb=walking_armature_glb,
            walking_fbx=walking_fbx,
            walking_glb=walking_glb,
        )

        basic_animations.additional_properties = d
        return basic_animations

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

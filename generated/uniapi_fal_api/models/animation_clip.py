from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fal_file_v6e13db import FalFileV6E13DB


T = TypeVar("T", bound="AnimationClip")


@_attrs_define
class AnimationClip:
    action_id: float
    """Number."""
    animation_fbx: FalFileV6E13DB | Unset = UNSET
    """FalFileV6E13DB."""
    animation_glb: FalFileV6E13DB | Unset = UNSET
    """FalFileV6E13DB."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action_id = self.action_id

        animation_fbx: dict[str, Any] | Unset = UNSET
        if not isinstance(self.animation_fbx, Unset):
            animation_fbx = self.animation_fbx.to_dict()

        animation_glb: dict[str, Any] | Unset = UNSET
        if not isinstance(self.animation_glb, Unset):
            animation_glb = self.animation_glb.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action_id": action_id,
            }
        )
        if animation_fbx is not UNSET:
            field_dict["animation_fbx"] = animation_fbx
        if animation_glb is not UNSET:
            field_dict["animation_glb"] = animation_glb

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file_v6e13db import FalFileV6E13DB  # noqa: PLC0415

        d = dict(src_dict)
        action_id = d.pop("action_id")

        _animation_fbx = d.pop("animation_fbx", UNSET)
        animation_fbx: FalFileV6E13DB | Unset
        if isinstance(_animation_fbx, Unset):
            animation_fbx = UNSET
        else:
            animation_fbx = FalFileV6E13DB.from_dict(_animation_fbx)

        _animation_glb = d.pop("animation_glb", UNSET)
        animation_glb: FalFileV6E13DB | Unset
        if isinstance(_animation_glb, Unset):
            animation_glb = UNSET
        else:
            animation_glb = FalFileV6E13DB.from_dict(_animation_glb)

        animation_clip = cls(
            action_id=action_id,
            animation_fbx=animation_fbx,
            animation_glb=animation_glb,
        )

        animation_clip.additional_properties = d
        return animation_clip

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

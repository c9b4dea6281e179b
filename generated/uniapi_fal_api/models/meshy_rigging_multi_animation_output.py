from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.animation_clip import AnimationClip
    from ..models.basic_animations import BasicAnimations
    from ..models.fal_file_v6e13db import FalFileV6E13DB


T = TypeVar("T", bound="MeshyRiggingMultiAnimationOutput")


@_attrs_define
class MeshyRiggingMultiAnimationOutput:
    """Output of `fal-ai/meshy/rigging/multi-animation` (unknown)."""

    animations: list[AnimationClip] | Unset = UNSET
    """List of AnimationClip."""
    basic_animations: BasicAnimations | Unset = UNSET
    """BasicAnimations."""
    rig_task_id: str | Unset = UNSET
    """String."""
    rigged_character_fbx: FalFileV6E13DB | Unset = UNSET
    """FalFileV6E13DB."""
    rigged_character_glb: FalFileV6E13DB | Unset = UNSET
    """FalFileV6E13DB."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        animations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.animations, Unset):
            animations = []
            for animations_item_data in self.animations:
                animations_item = animations_item_data.to_dict()
                animations.append(animations_item)

        basic_animations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.basic_animations, Unset):
            basic_animations = self.basic_animations.to_dict()

        rig_task_id = self.rig_task_id

        rigged_character_fbx: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rigged_character_fbx, Unset):
            rigged_character_fbx = self.rigged_character_fbx.to_dict()

        rigged_character_glb: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rigged_character_glb, Unset):
            rigged_character_glb = self.rigged_character_glb.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if animations is not UNSET:
            field_dict["animations"] = animations
        if basic_animations is not UNSET:
            field_dict["basic_animations"] = basic_animations
        if rig_task_id is not UNSET:
            field_dict["rig_task_id"] = rig_task_id
        if rigged_character_fbx is not UNSET:
            field_dict["rigged_character_fbx"] = rigged_character_fbx
        if rigged_character_glb is not UNSET:
            field_dict["rigged_character_glb"] = rigged_character_glb

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.animation_clip import AnimationClip  # noqa: PLC0415
        from ..models.basic_animations import BasicAnimations  # noqa: PLC0415
        from ..models.fal_file_v6e13db import FalFileV6E13DB  # noqa: PLC0415

        d = dict(src_dict)
        _animations = d.pop("animations", UNSET)
        animations: list[AnimationClip] | Unset = UNSET
        if _animations is not UNSET:
            animations = []
            for animations_item_data in _animations:
                animations_item = AnimationClip.from_dict(animations_item_data)

                animations.append(animations_item)

        _basic_animations = d.pop("basic_animations", UNSET)
        basic_animations: BasicAnimations | Unset
        if isinstance(_basic_animations, Unset):
            basic_animations = UNSET
        else:
            basic_animations = BasicAnimations.from_dict(_basic_animations)

        rig_task_id = d.pop("rig_task_id", UNSET)

        _rigged_character_fbx = d.pop("rigged_character_fbx", UNSET)
        rigged_character_fbx: FalFileV6E13DB | Unset
        if isinstance(_rigged_character_fbx, Unset):
            rigged_character_fbx = UNSET
        else:
            rigged_character_fbx = FalFileV6E13DB.from_dict(_rigged_character_fbx)

        _rigged_character_glb = d.pop("rigged_character_glb", UNSET)
        rigged_character_glb: FalFileV6E13DB | Unset
        if isinstance(_rigged_character_glb, Unset):
            rigged_character_glb = UNSET
        else:
            rigged_character_glb = FalFileV6E13DB.from_dict(_rigged_character_glb)

        meshy_rigging_multi_animation_output = cls(
            animations=animations,
            basic_animations=basic_animations,
            rig_task_id=rig_task_id,
            rigged_character_fbx=rigged_character_fbx,
            rigged_character_glb=rigged_character_glb,
        )

        meshy_rigging_multi_animation_output.additional_properties = d
        return meshy_rigging_multi_animation_output

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

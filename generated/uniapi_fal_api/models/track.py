from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.keyframe import Keyframe


T = TypeVar("T", bound="Track")


@_attrs_define
class Track:
    id: str
    """String."""
    type_: str
    """String."""
    keyframes: list[Keyframe]
    """List of Keyframe."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        keyframes = []
        for keyframes_item_data in self.keyframes:
            keyframes_item = keyframes_item_data.to_dict()
            keyframes.append(keyframes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "keyframes": keyframes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.keyframe import Keyframe  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type")

        keyframes = []
        _keyframes = d.pop("keyframes")
        for keyframes_item_data in _keyframes:
            keyframes_item = Keyframe.from_dict(keyframes_item_data)

            keyframes.append(keyframes_item)

        track = cls(
            id=id,
            type_=type_,
            keyframes=keyframes,
        )

        track.additional_properties = d
        return track

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

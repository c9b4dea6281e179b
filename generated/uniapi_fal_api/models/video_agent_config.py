from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_agent_config_avatar import (
    VideoAgentConfigAvatar,
    check_video_agent_config_avatar,
)
from ..models.video_agent_config_orientation import (
    VideoAgentConfigOrientation,
    check_video_agent_config_orientation,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoAgentConfig")


@_attrs_define
class VideoAgentConfig:
    avatar: VideoAgentConfigAvatar | Unset = UNSET
    """One of "Abigail (Upper Body)", "Abigail Office Front", "Abigail Office Side", "Abigail Sofa
    Front", "Abigail Sofa Side", "Aditya in Brown blazer", "Aditya in Blue blazer", "Aditya in
    Blue shirt", ... (1286 values). Server default: "Adriana SuitSofa Front"."""
    duration: float | Unset = UNSET
    """Number."""
    orientation: VideoAgentConfigOrientation | Unset = UNSET
    """One of "portrait", "landscape". Server default: "portrait"."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        avatar: str | Unset = UNSET
        if not isinstance(self.avatar, Unset):
            avatar = self.avatar

        duration = self.duration

        orientation: str | Unset = UNSET
        if not isinstance(self.orientation, Unset):
            orientation = self.orientation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if duration is not UNSET:
            field_dict["duration"] = duration
        if orientation is not UNSET:
            field_dict["orientation"] = orientation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _avatar = d.pop("avatar", UNSET)
        avatar: VideoAgentConfigAvatar | Unset
        if isinstance(_avatar, Unset):
            avatar = UNSET
        else:
            avatar = check_video_agent_config_avatar(_avatar)

        duration = d.pop("duration", UNSET)

        _orientation = d.pop("orientation", UNSET)
        orientation: VideoAgentConfigOrientation | Unset
        if isinstance(_orientation, Unset):
            orientation = UNSET
        else:
            orientation = check_video_agent_config_orientation(_orientation)

        video_agent_config = cls(
            avatar=avatar,
            duration=duration,
            orientation=orientation,
        )

        video_agent_config.additional_properties = d
        return video_agent_config

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

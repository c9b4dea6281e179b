from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_conditioning_input_vf09e39_conditioning_type import (
    VideoConditioningInputVF09E39ConditioningType,
    check_video_conditioning_input_vf09e39_conditioning_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoConditioningInputVF09E39")


@_attrs_define
class VideoConditioningInputVF09E39:
    video_url: str
    """String."""
    conditioning_type: VideoConditioningInputVF09E39ConditioningType | Unset = UNSET
    """One of "rgb", "depth", "pose", "canny". Server default: "rgb"."""
    preprocess: bool | Unset = UNSET
    """Boolean. Server default: false."""
    start_frame_num: int | Unset = UNSET
    """Integer, 0 to 1,440, a multiple of 8. Server default: 0."""
    strength: float | Unset = UNSET
    """Number, 0 to 1. Server default: 1."""
    limit_num_frames: bool | Unset = UNSET
    """Boolean. Server default: false."""
    max_num_frames: int | Unset = UNSET
    """Integer, 1 to 1,441. Server default: 1441."""
    resample_fps: bool | Unset = UNSET
    """Boolean. Server default: false."""
    target_fps: int | Unset = UNSET
    """Integer, 1 to 60. Server default: 24."""
    reverse_video: bool | Unset = UNSET
    """Boolean. Server default: false."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        conditioning_type: str | Unset = UNSET
        if not isinstance(self.conditioning_type, Unset):
            conditioning_type = self.conditioning_type

        preprocess = self.preprocess

        start_frame_num = self.start_frame_num

        strength = self.strength

        limit_num_frames = self.limit_num_frames

        max_num_frames = self.max_num_frames

        resample_fps = self.resample_fps

        target_fps = self.target_fps

        reverse_video = self.reverse_video

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "video_url": video_url,
            }
        )
        if conditioning_type is not UNSET:
            field_dict["conditioning_type"] = conditioning_type
        if preprocess is not UNSET:
            field_dict["preprocess"] = preprocess
        if start_frame_num is not UNSET:
            field_dict["start_frame_num"] = start_frame_num
        if strength is not UNSET:
            field_dict["strength"] = strength
        if limit_num_frames is not UNSET:
            field_dict["limit_num_frames"] = limit_num_frames
        if max_num_frames is not UNSET:
            field_dict["max_num_frames"] = max_num_frames
        if resample_fps is not UNSET:
            field_dict["resample_fps"] = resample_fps
        if target_fps is not UNSET:
            field_dict["target_fps"] = target_fps
        if reverse_video is not UNSET:
            field_dict["reverse_video"] = reverse_video

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        _conditioning_type = d.pop("conditioning_type", UNSET)
        conditioning_type: VideoConditioningInputVF09E39ConditioningType | Unset
        if isinstance(_conditioning_type, Unset):
            conditioning_type = UNSET
        else:
            conditioning_type = check_video_conditioning_input_vf09e39_conditioning_type(
                _conditioning_type
            )

        preprocess = d.pop("preprocess", UNSET)

        start_frame_num = d.pop("start_frame_num", UNSET)

        strength = d.pop("strength", UNSET)

        limit_num_frames = d.pop("limit_num_frames", UNSET)

        max_num_frames = d.pop("max_num_frames", UNSET)

        resample_fps = d.pop("resample_fps", UNSET)

        target_fps = d.pop("target_fps", UNSET)

        reverse_video = d.pop("reverse_video", UNSET)

        video_conditioning_input_vf09e39 = cls(
            video_url=video_url,
            conditioning_type=conditioning_type,
            preprocess=preprocess,
            start_frame_num=start_frame_num,
            strength=strength,
            limit_num_frames=limit_num_frames,
            max_num_frames=max_num_frames,
            resample_fps=resample_fps,
            target_fps=target_fps,
            reverse_video=reverse_video,
        )

        video_conditioning_input_vf09e39.additional_properties = d
        return video_conditioning_input_vf09e39

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.video_file_v3903be import VideoFileV3903BE


T = TypeVar("T", bound="BirefnetV2VideoOutput")


@_attrs_define
class BirefnetV2VideoOutput:
    """Output of `fal-ai/birefnet/v2/video` (video-to-video)."""

    video: VideoFileV3903BE
    """Video: VideoFileV3903BE."""
    mask_video: VideoFileV3903BE | Unset = UNSET
    """Mask Video: VideoFileV3903BE."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video = self.video.to_dict()

        mask_video: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mask_video, Unset):
            mask_video = self.mask_video.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "video": video,
            }
        )
        if mask_video is not UNSET:
            field_dict["mask_video"] = mask_video

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.video_file_v3903be import VideoFileV3903BE  # noqa: PLC0415

        d = dict(src_dict)
        video = VideoFileV3903BE.from_dict(d.pop("video"))

        _mask_video = d.pop("mask_video", UNSET)
        mask_video: VideoFileV3903BE | Unset
        if isinstance(_mask_video, Unset):
            mask_video = UNSET
        else:
            mask_video = VideoFileV3903BE.from_dict(_mask_video)

        birefnet_v2_video_output = cls(
            video=video,
            mask_video=mask_video,
        )

        birefnet_v2_video_output.additional_properties = d
        return birefnet_v2_video_output

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

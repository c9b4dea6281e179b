from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_file import ImageFile
    from ..models.video_file_v3903be import VideoFileV3903BE


T = TypeVar("T", bound="Sora2TextToVideoOutput")


@_attrs_define
class Sora2TextToVideoOutput:
    """Output of `fal-ai/sora-2/text-to-video` (text-to-video). fal no longer lists this endpoint."""

    video: VideoFileV3903BE
    """Video: VideoFileV3903BE."""
    video_id: str
    """Video ID: string."""
    thumbnail: ImageFile | Unset = UNSET
    """Thumbnail: ImageFile."""
    spritesheet: ImageFile | Unset = UNSET
    """Spritesheet: ImageFile."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video = self.video.to_dict()

        video_id = self.video_id

        thumbnail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.thumbnail, Unset):
            thumbnail = self.thumbnail.to_dict()

        spritesheet: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spritesheet, Unset):
            spritesheet = self.spritesheet.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "video": video,
                "video_id": video_id,
            }
        )
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail
        if spritesheet is not UNSET:
            field_dict["spritesheet"] = spritesheet

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_file import ImageFile  # noqa: PLC0415
        from ..models.video_file_v3903be import VideoFileV3903BE  # noqa: PLC0415

        d = dict(src_dict)
        video = VideoFileV3903BE.from_dict(d.pop("video"))

        video_id = d.pop("video_id")

        _thumbnail = d.pop("thumbnail", UNSET)
        thumbnail: ImageFile | Unset
        if isinstance(_thumbnail, Unset):
            thumbnail = UNSET
        else:
            thumbnail = ImageFile.from_dict(_thumbnail)

        _spritesheet = d.pop("spritesheet", UNSET)
        spritesheet: ImageFile | Unset
        if isinstance(_spritesheet, Unset):
            spritesheet = UNSET
        else:
            spritesheet = ImageFile.from_dict(_spritesheet)

        sora_2_text_to_video_output = cls(
            video=video,
            video_id=video_id,
            thumbnail=thumbnail,
            spritesheet=spritesheet,
        )

        sora_2_text_to_video_output.additional_properties = d
        return sora_2_text_to_video_output

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

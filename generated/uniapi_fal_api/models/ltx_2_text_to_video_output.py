from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.video_file_v3903be import VideoFileV3903BE


T = TypeVar("T", bound="Ltx2TextToVideoOutput")


@_attrs_define
class Ltx2TextToVideoOutput:
    """Output of `fal-ai/ltx-2/text-to-video` (text-to-video). fal no longer lists this endpoint."""

    video: VideoFileV3903BE
    """Video: VideoFileV3903BE."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video = self.video.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "video": video,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.video_file_v3903be import VideoFileV3903BE  # noqa: PLC0415

        d = dict(src_dict)
        video = VideoFileV3903BE.from_dict(d.pop("video"))

        ltx_2_text_to_video_output = cls(
            video=video,
        )

        ltx_2_text_to_video_output.additional_properties = d
        return ltx_2_text_to_video_output

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

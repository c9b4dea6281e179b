from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.fal_file_vb4cc40 import FalFileVB4CC40
    from ..models.video import Video


T = TypeVar("T", bound="BriaVideoEraseMaskOutput")


@_attrs_define
class BriaVideoEraseMaskOutput:
    """Output of `bria/video/erase/mask` (video-to-video)."""

    video: FalFileVB4CC40 | Video
    """Video: Video or FalFileVB4CC40."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.video import Video  # noqa: PLC0415

        video: dict[str, Any]
        if isinstance(self.video, Video):
            video = self.video.to_dict()
        else:
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
        from ..models.fal_file_vb4cc40 import FalFileVB4CC40  # noqa: PLC0415
        from ..models.video import Video  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_video(data: object) -> FalFileVB4CC40 | Video:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                video_type_0 = Video.from_dict(data)

                return video_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            video_type_1 = FalFileVB4CC40.from_dict(data)

            return video_type_1

        video = _parse_video(d.pop("video"))

        bria_video_erase_mask_output = cls(
            video=video,
        )

        bria_video_erase_mask_output.additional_properties = d
        return bria_video_erase_mask_output

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

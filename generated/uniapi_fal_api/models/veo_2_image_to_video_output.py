from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.fal_file import FalFile


T = TypeVar("T", bound="Veo2ImageToVideoOutput")


@_attrs_define
class Veo2ImageToVideoOutput:
    """Output of `fal-ai/veo2/image-to-video` (image-to-video). fal no longer lists this endpoint."""

    video: FalFile
    """Video: FalFile."""
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
        from ..models.fal_file import FalFile  # noqa: PLC0415

        d = dict(src_dict)
        video = FalFile.from_dict(d.pop("video"))

        veo_2_image_to_video_output = cls(
            video=video,
        )

        veo_2_image_to_video_output.additional_properties = d
        return veo_2_image_to_video_output

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.video_file_v21c521 import VideoFileV21C521


T = TypeVar("T", bound="NvidiaCosmos3SuperImageToVideoOutput")


@_attrs_define
class NvidiaCosmos3SuperImageToVideoOutput:
    """Output of `nvidia/cosmos-3-super/image-to-video` (image-to-video)."""

    seed: float
    """Number."""
    video: VideoFileV21C521
    """VideoFileV21C521."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        seed = self.seed

        video = self.video.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "seed": seed,
                "video": video,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.video_file_v21c521 import VideoFileV21C521  # noqa: PLC0415

        d = dict(src_dict)
        seed = d.pop("seed")

        video = VideoFileV21C521.from_dict(d.pop("video"))

        nvidia_cosmos_3_super_image_to_video_output = cls(
            seed=seed,
            video=video,
        )

        nvidia_cosmos_3_super_image_to_video_output.additional_properties = d
        return nvidia_cosmos_3_super_image_to_video_output

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

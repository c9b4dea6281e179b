from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_v5f105f import ImageV5F105F
    from ..models.video_file_v21c521 import VideoFileV21C521


T = TypeVar("T", bound="FilmOutput")


@_attrs_define
class FilmOutput:
    """Output of `fal-ai/film` (unknown)."""

    images: list[ImageV5F105F] | Unset = UNSET
    """List of ImageV5F105F."""
    video: VideoFileV21C521 | Unset = UNSET
    """VideoFileV21C521."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = []
            for images_item_data in self.images:
                images_item = images_item_data.to_dict()
                images.append(images_item)

        video: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video, Unset):
            video = self.video.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if images is not UNSET:
            field_dict["images"] = images
        if video is not UNSET:
            field_dict["video"] = video

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_v5f105f import ImageV5F105F  # noqa: PLC0415
        from ..models.video_file_v21c521 import VideoFileV21C521  # noqa: PLC0415

        d = dict(src_dict)
        _images = d.pop("images", UNSET)
        images: list[ImageV5F105F] | Unset = UNSET
        if _images is not UNSET:
            images = []
            for images_item_data in _images:
                images_item = ImageV5F105F.from_dict(images_item_data)

                images.append(images_item)

        _video = d.pop("video", UNSET)
        video: VideoFileV21C521 | Unset
        if isinstance(_video, Unset):
            video = UNSET
        else:
            video = VideoFileV21C521.from_dict(_video)

        film_output = cls(
            images=images,
            video=video,
        )

        film_output.additional_properties = d
        return film_output

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

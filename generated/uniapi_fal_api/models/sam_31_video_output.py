from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fal_file_v6e13db import FalFileV6E13DB


T = TypeVar("T", bound="Sam31VideoOutput")


@_attrs_define
class Sam31VideoOutput:
    """Output of `fal-ai/sam-3-1/video` (unknown)."""

    video: FalFileV6E13DB
    """FalFileV6E13DB."""
    boundingbox_frames_zip: FalFileV6E13DB | Unset = UNSET
    """FalFileV6E13DB."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video = self.video.to_dict()

        boundingbox_frames_zip: dict[str, Any] | Unset = UNSET
        if not isinstance(self.boundingbox_frames_zip, Unset):
            boundingbox_frames_zip = self.boundingbox_frames_zip.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "video": video,
            }
        )
        if boundingbox_frames_zip is not UNSET:
            field_dict["boundingbox_frames_zip"] = boundingbox_frames_zip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file_v6e13db import FalFileV6E13DB  # noqa: PLC0415

        d = dict(src_dict)
        video = FalFileV6E13DB.from_dict(d.pop("video"))

        _boundingbox_frames_zip = d.pop("boundingbox_frames_zip", UNSET)
        boundingbox_frames_zip: FalFileV6E13DB | Unset
        if isinstance(_boundingbox_frames_zip, Unset):
            boundingbox_frames_zip = UNSET
        else:
            boundingbox_frames_zip = FalFileV6E13DB.from_dict(_boundingbox_frames_zip)

        sam_31_video_output = cls(
            video=video,
            boundingbox_frames_zip=boundingbox_frames_zip,
        )

        sam_31_video_output.additional_properties = d
        return sam_31_video_output

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fal_file_v6e13db import FalFileV6E13DB


T = TypeVar("T", bound="HeygenV2TranslatePrecisionOutput")


@_attrs_define
class HeygenV2TranslatePrecisionOutput:
    """Output of `fal-ai/heygen/v2/translate/precision` (unknown)."""

    video: FalFileV6E13DB
    """FalFileV6E13DB."""
    caption_file: FalFileV6E13DB | Unset = UNSET
    """FalFileV6E13DB."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video = self.video.to_dict()

        caption_file: dict[str, Any] | Unset = UNSET
        if not isinstance(self.caption_file, Unset):
            caption_file = self.caption_file.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "video": video,
            }
        )
        if caption_file is not UNSET:
            field_dict["caption_file"] = caption_file

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file_v6e13db import FalFileV6E13DB  # noqa: PLC0415

        d = dict(src_dict)
        video = FalFileV6E13DB.from_dict(d.pop("video"))

        _caption_file = d.pop("caption_file", UNSET)
        caption_file: FalFileV6E13DB | Unset
        if isinstance(_caption_file, Unset):
            caption_file = UNSET
        else:
            caption_file = FalFileV6E13DB.from_dict(_caption_file)

        heygen_v2_translate_precision_output = cls(
            video=video,
            caption_file=caption_file,
        )

        heygen_v2_translate_precision_output.additional_properties = d
        return heygen_v2_translate_precision_output

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

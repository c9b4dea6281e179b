from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_v5f105f import ImageV5F105F


T = TypeVar("T", bound="MoondreamNextDetectionOutput")


@_attrs_define
class MoondreamNextDetectionOutput:
    """Output of `fal-ai/moondream-next/detection` (unknown)."""

    text_output: str
    """String."""
    image: ImageV5F105F | Unset = UNSET
    """ImageV5F105F."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text_output = self.text_output

        image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = self.image.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text_output": text_output,
            }
        )
        if image is not UNSET:
            field_dict["image"] = image

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_v5f105f import ImageV5F105F  # noqa: PLC0415

        d = dict(src_dict)
        text_output = d.pop("text_output")

        _image = d.pop("image", UNSET)
        image: ImageV5F105F | Unset
        if isinstance(_image, Unset):
            image = UNSET
        else:
            image = ImageV5F105F.from_dict(_image)

        moondream_next_detection_output = cls(
            text_output=text_output,
            image=image,
        )

        moondream_next_detection_output.additional_properties = d
        return moondream_next_detection_output

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

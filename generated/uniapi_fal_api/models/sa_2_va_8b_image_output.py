from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.image_vd157ef import ImageVD157EF


T = TypeVar("T", bound="Sa2Va8BImageOutput")


@_attrs_define
class Sa2Va8BImageOutput:
    """Output of `fal-ai/sa2va/8b/image` (vision)."""

    output: str
    """Output: string."""
    masks: list[ImageVD157EF]
    """Masks: list of ImageVD157EF."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        output = self.output

        masks = []
        for masks_item_data in self.masks:
            masks_item = masks_item_data.to_dict()
            masks.append(masks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "output": output,
                "masks": masks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_vd157ef import ImageVD157EF  # noqa: PLC0415

        d = dict(src_dict)
        output = d.pop("output")

        masks = []
        _masks = d.pop("masks")
        for masks_item_data in _masks:
            masks_item = ImageVD157EF.from_dict(masks_item_data)

            masks.append(masks_item)

        sa_2_va_8b_image_output = cls(
            output=output,
            masks=masks,
        )

        sa_2_va_8b_image_output.additional_properties = d
        return sa_2_va_8b_image_output

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

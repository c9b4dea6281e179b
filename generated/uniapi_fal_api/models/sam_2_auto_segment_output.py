from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.image_v5f105f import ImageV5F105F


T = TypeVar("T", bound="Sam2AutoSegmentOutput")


@_attrs_define
class Sam2AutoSegmentOutput:
    """Output of `fal-ai/sam2/auto-segment` (unknown)."""

    combined_mask: ImageV5F105F
    """ImageV5F105F."""
    individual_masks: list[ImageV5F105F]
    """List of ImageV5F105F."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        combined_mask = self.combined_mask.to_dict()

        individual_masks = []
        for individual_masks_item_data in self.individual_masks:
            individual_masks_item = individual_masks_item_data.to_dict()
            individual_masks.append(individual_masks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "combined_mask": combined_mask,
                "individual_masks": individual_masks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_v5f105f import ImageV5F105F  # noqa: PLC0415

        d = dict(src_dict)
        combined_mask = ImageV5F105F.from_dict(d.pop("combined_mask"))

        individual_masks = []
        _individual_masks = d.pop("individual_masks")
        for individual_masks_item_data in _individual_masks:
            individual_masks_item = ImageV5F105F.from_dict(individual_masks_item_data)

            individual_masks.append(individual_masks_item)

        sam_2_auto_segment_output = cls(
            combined_mask=combined_mask,
            individual_masks=individual_masks,
        )

        sam_2_auto_segment_output.additional_properties = d
        return sam_2_auto_segment_output

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

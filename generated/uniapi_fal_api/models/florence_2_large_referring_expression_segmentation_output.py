from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_v5f105f import ImageV5F105F
    from ..models.polygon_output import PolygonOutput


T = TypeVar("T", bound="Florence2LargeReferringExpressionSegmentationOutput")


@_attrs_define
class Florence2LargeReferringExpressionSegmentationOutput:
    """Output of `fal-ai/florence-2-large/referring-expression-segmentation` (unknown)."""

    results: PolygonOutput
    """PolygonOutput."""
    image: ImageV5F105F | Unset = UNSET
    """ImageV5F105F."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results = self.results.to_dict()

        image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = self.image.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
            }
        )
        if image is not UNSET:
            field_dict["image"] = image

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_v5f105f import ImageV5F105F  # noqa: PLC0415
        from ..models.polygon_output import PolygonOutput  # noqa: PLC0415

        d = dict(src_dict)
        results = PolygonOutput.from_dict(d.pop("results"))

        _image = d.pop("image", UNSET)
        image: ImageV5F105F | Unset
        if isinstance(_image, Unset):
            image = UNSET
        else:
            image = ImageV5F105F.from_dict(_image)

        florence_2_large_referring_expression_segmentation_output = cls(
            results=results,
            image=image,
        )

        florence_2_large_referring_expression_segmentation_output.additional_properties = d
        return florence_2_large_referring_expression_segmentation_output

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

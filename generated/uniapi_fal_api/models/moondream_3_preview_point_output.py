from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_file import ImageFile
    from ..models.point import Point
    from ..models.usage_info_v1321cb import UsageInfoV1321CB


T = TypeVar("T", bound="Moondream3PreviewPointOutput")


@_attrs_define
class Moondream3PreviewPointOutput:
    """Output of `fal-ai/moondream3-preview/point` (vision)."""

    finish_reason: str
    """Finish Reason: string."""
    usage_info: UsageInfoV1321CB
    """Usage Info: UsageInfoV1321CB."""
    points: list[Point]
    """Points: list of Point."""
    image: ImageFile | Unset = UNSET
    """Image: ImageFile."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        finish_reason = self.finish_reason

        usage_info = self.usage_info.to_dict()

        points = []
        for points_item_data in self.points:
            points_item = points_item_data.to_dict()
            points.append(points_item)

        image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = self.image.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "finish_reason": finish_reason,
                "usage_info": usage_info,
                "points": points,
            }
        )
        if image is not UNSET:
            field_dict["image"] = image

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_file import ImageFile  # noqa: PLC0415
        from ..models.point import Point  # noqa: PLC0415
        from ..models.usage_info_v1321cb import UsageInfoV1321CB  # noqa: PLC0415

        d = dict(src_dict)
        finish_reason = d.pop("finish_reason")

        usage_info = UsageInfoV1321CB.from_dict(d.pop("usage_info"))

        points = []
        _points = d.pop("points")
        for points_item_data in _points:
            points_item = Point.from_dict(points_item_data)

            points.append(points_item)

        _image = d.pop("image", UNSET)
        image: ImageFile | Unset
        if isinstance(_image, Unset):
            image = UNSET
        else:
            image = ImageFile.from_dict(_image)

        moondream_3_preview_point_output = cls(
            finish_reason=finish_reason,
            usage_info=usage_info,
            points=points,
            image=image,
        )

        moondream_3_preview_point_output.additional_properties = d
        return moondream_3_preview_point_output

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

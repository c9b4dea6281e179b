from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_v5f105f import ImageV5F105F
    from ..models.object_v30163a import ObjectV30163A
    from ..models.usage_info_v829ad1 import UsageInfoV829AD1


T = TypeVar("T", bound="Moondream3PreviewSegmentOutput")


@_attrs_define
class Moondream3PreviewSegmentOutput:
    """Output of `fal-ai/moondream3-preview/segment` (unknown)."""

    finish_reason: str
    """String."""
    usage_info: UsageInfoV829AD1
    """UsageInfoV829AD1."""
    bbox: ObjectV30163A | Unset = UNSET
    """ObjectV30163A."""
    image: ImageV5F105F | Unset = UNSET
    """ImageV5F105F."""
    path: str | Unset = UNSET
    """String."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        finish_reason = self.finish_reason

        usage_info = self.usage_info.to_dict()

        bbox: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bbox, Unset):
            bbox = self.bbox.to_dict()

        image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = self.image.to_dict()

        path = self.path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "finish_reason": finish_reason,
                "usage_info": usage_info,
            }
        )
        if bbox is not UNSET:
            field_dict["bbox"] = bbox
        if image is not UNSET:
            field_dict["image"] = image
        if path is not UNSET:
            field_dict["path"] = path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_v5f105f import ImageV5F105F  # noqa: PLC0415
        from ..models.object_v30163a import ObjectV30163A  # noqa: PLC0415
        from ..models.usage_info_v829ad1 import UsageInfoV829AD1  # noqa: PLC0415

        d = dict(src_dict)
        finish_reason = d.pop("finish_reason")

        usage_info = UsageInfoV829AD1.from_dict(d.pop("usage_info"))

        _bbox = d.pop("bbox", UNSET)
        bbox: ObjectV30163A | Unset
        if isinstance(_bbox, Unset):
            bbox = UNSET
        else:
            bbox = ObjectV30163A.from_dict(_bbox)

        _image = d.pop("image", UNSET)
        image: ImageV5F105F | Unset
        if isinstance(_image, Unset):
            image = UNSET
        else:
            image = ImageV5F105F.from_dict(_image)

        path = d.pop("path", UNSET)

        moondream_3_preview_segment_output = cls(
            finish_reason=finish_reason,
            usage_info=usage_info,
            bbox=bbox,
            image=image,
            path=path,
        )

        moondream_3_preview_segment_output.additional_properties = d
        return moondream_3_preview_segment_output

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

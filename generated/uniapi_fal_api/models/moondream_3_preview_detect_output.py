from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_file import ImageFile
    from ..models.object_ import Object
    from ..models.usage_info_v1321cb import UsageInfoV1321CB


T = TypeVar("T", bound="Moondream3PreviewDetectOutput")


@_attrs_define
class Moondream3PreviewDetectOutput:
    """Output of `fal-ai/moondream3-preview/detect` (vision)."""

    finish_reason: str
    """Finish Reason: string."""
    usage_info: UsageInfoV1321CB
    """Usage Info: UsageInfoV1321CB."""
    objects: list[Object]
    """Objects: list of Object."""
    image: ImageFile | Unset = UNSET
    """Image: ImageFile."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        finish_reason = self.finish_reason

        usage_info = self.usage_info.to_dict()

        objects = []
        for objects_item_data in self.objects:
            objects_item = objects_item_data.to_dict()
            objects.append(objects_item)

        image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = self.image.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "finish_reason": finish_reason,
                "usage_info": usage_info,
                "objects": objects,
            }
        )
        if image is not UNSET:
            field_dict["image"] = image

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_file import ImageFile  # noqa: PLC0415
        from ..models.object_ import Object  # noqa: PLC0415
        from ..models.usage_info_v1321cb import UsageInfoV1321CB  # noqa: PLC0415

        d = dict(src_dict)
        finish_reason = d.pop("finish_reason")

        usage_info = UsageInfoV1321CB.from_dict(d.pop("usage_info"))

        objects = []
        _objects = d.pop("objects")
        for objects_item_data in _objects:
            objects_item = Object.from_dict(objects_item_data)

            objects.append(objects_item)

        _image = d.pop("image", UNSET)
        image: ImageFile | Unset
        if isinstance(_image, Unset):
            image = UNSET
        else:
            image = ImageFile.from_dict(_image)

        moondream_3_preview_detect_output = cls(
            finish_reason=finish_reason,
            usage_info=usage_info,
            objects=objects,
            image=image,
        )

        moondream_3_preview_detect_output.additional_properties = d
        return moondream_3_preview_detect_output

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

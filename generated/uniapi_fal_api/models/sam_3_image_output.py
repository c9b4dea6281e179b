from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_v5f105f import ImageV5F105F
    from ..models.mask_metadata import MaskMetadata


T = TypeVar("T", bound="Sam3ImageOutput")


@_attrs_define
class Sam3ImageOutput:
    """Output of `fal-ai/sam-3/image` (unknown)."""

    masks: list[ImageV5F105F]
    """List of ImageV5F105F."""
    boxes: list[list[float]] | Unset = UNSET
    """List of list of number."""
    image: ImageV5F105F | Unset = UNSET
    """ImageV5F105F."""
    metadata: list[MaskMetadata] | Unset = UNSET
    """List of MaskMetadata."""
    scores: list[float] | Unset = UNSET
    """List of number."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        masks = []
        for masks_item_data in self.masks:
            masks_item = masks_item_data.to_dict()
            masks.append(masks_item)

        boxes: list[list[float]] | Unset = UNSET
        if not isinstance(self.boxes, Unset):
            boxes = []
            for boxes_item_data in self.boxes:
                boxes_item = boxes_item_data

                boxes.append(boxes_item)

        image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = self.image.to_dict()

        metadata: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = []
            for metadata_item_data in self.metadata:
                metadata_item = metadata_item_data.to_dict()
                metadata.append(metadata_item)

        scores: list[float] | Unset = UNSET
        if not isinstance(self.scores, Unset):
            scores = self.scores

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "masks": masks,
            }
        )
        if boxes is not UNSET:
            field_dict["boxes"] = boxes
        if image is not UNSET:
            field_dict["image"] = image
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if scores is not UNSET:
            field_dict["scores"] = scores

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_v5f105f import ImageV5F105F  # noqa: PLC0415
        from ..models.mask_metadata import MaskMetadata  # noqa: PLC0415

        d = dict(src_dict)
        masks = []
        _masks = d.pop("masks")
        for masks_item_data in _masks:
            masks_item = ImageV5F105F.from_dict(masks_item_data)

            masks.append(masks_item)

        _boxes = d.pop("boxes", UNSET)
        boxes: list[list[float]] | Unset = UNSET
        if _boxes is not UNSET:
            boxes = []
            for boxes_item_data in _boxes:
                boxes_item = cast(list[float], boxes_item_data)

                boxes.append(boxes_item)

        _image = d.pop("image", UNSET)
        image: ImageV5F105F | Unset
        if isinstance(_image, Unset):
            image = UNSET
        else:
            image = ImageV5F105F.from_dict(_image)

        _metadata = d.pop("metadata", UNSET)
        metadata: list[MaskMetadata] | Unset = UNSET
        if _metadata is not UNSET:
            metadata = []
            for metadata_item_data in _metadata:
                metadata_item = MaskMetadata.from_dict(metadata_item_data)

                metadata.append(metadata_item)

        scores = cast(list[float], d.pop("scores", UNSET))

        sam_3_image_output = cls(
            masks=masks,
            boxes=boxes,
            image=image,
            metadata=metadata,
            scores=scores,
        )

        sam_3_image_output.additional_properties = d
        return sam_3_image_output

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fal_file_v6e13db import FalFileV6E13DB
    from ..models.mask_metadata import MaskMetadata


T = TypeVar("T", bound="Sam3ImageRleOutput")


@_attrs_define
class Sam3ImageRleOutput:
    """Output of `fal-ai/sam-3/image-rle` (unknown)."""

    rle: list[str] | str
    """String or list of string."""
    boundingbox_frames_zip: FalFileV6E13DB | Unset = UNSET
    """FalFileV6E13DB."""
    boxes: list[list[float]] | Unset = UNSET
    """List of list of number."""
    metadata: list[MaskMetadata] | Unset = UNSET
    """List of MaskMetadata."""
    scores: list[float] | Unset = UNSET
    """List of number."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rle: list[str] | str
        if isinstance(self.rle, list):
            rle = self.rle

        else:
            rle = self.rle

        boundingbox_frames_zip: dict[str, Any] | Unset = UNSET
        if not isinstance(self.boundingbox_frames_zip, Unset):
            boundingbox_frames_zip = self.boundingbox_frames_zip.to_dict()

        boxes: list[list[float]] | Unset = UNSET
        if not isinstance(self.boxes, Unset):
            boxes = []
            for boxes_item_data in self.boxes:
                boxes_item = boxes_item_data

                boxes.append(boxes_item)

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
                "rle": rle,
            }
        )
        if boundingbox_frames_zip is not UNSET:
            field_dict["boundingbox_frames_zip"] = boundingbox_frames_zip
        if boxes is not UNSET:
            field_dict["boxes"] = boxes
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if scores is not UNSET:
            field_dict["scores"] = scores

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fal_file_v6e13db import FalFileV6E13DB  # noqa: PLC0415
        from ..models.mask_metadata import MaskMetadata  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_rle(data: object) -> list[str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                rle_type_1 = cast(list[str], data)

                return rle_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str, data)

        rle = _parse_rle(d.pop("rle"))

        _boundingbox_frames_zip = d.pop("boundingbox_frames_zip", UNSET)
        boundingbox_frames_zip: FalFileV6E13DB | Unset
        if isinstance(_boundingbox_frames_zip, Unset):
            boundingbox_frames_zip = UNSET
        else:
            boundingbox_frames_zip = FalFileV6E13DB.from_dict(_boundingbox_frames_zip)

        _boxes = d.pop("boxes", UNSET)
        boxes: list[list[float]] | Unset = UNSET
        if _boxes is not UNSET:
            boxes = []
            for boxes_item_data in _boxes:
                boxes_item = cast(list[float], boxes_item_data)

                boxes.append(boxes_item)

        _metadata = d.pop("metadata", UNSET)
        metadata: list[MaskMetadata] | Unset = UNSET
        if _metadata is not UNSET:
            metadata = []
            for metadata_item_data in _metadata:
                metadata_item = MaskMetadata.from_dict(metadata_item_data)

                metadata.append(metadata_item)

        scores = cast(list[float], d.pop("scores", UNSET))

        sam_3_image_rle_output = cls(
            rle=rle,
            boundingbox_frames_zip=boundingbox_frames_zip,
            boxes=boxes,
            metadata=metadata,
            scores=scores,
        )

        sam_3_image_rle_output.additional_properties = d
        return sam_3_image_rle_output

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

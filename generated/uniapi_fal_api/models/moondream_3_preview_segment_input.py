from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.point import Point
    from ..models.segment_sampling_settings import SegmentSamplingSettings
    from .moondream_3_preview_segment_output import Moondream3PreviewSegmentOutput  # noqa: F401


T = TypeVar("T", bound="Moondream3PreviewSegmentInput")


@_attrs_define
class Moondream3PreviewSegmentInput(
    FalInput["Moondream3PreviewSegmentOutput"], endpoint="fal-ai/moondream3-preview/segment"
):
    """Input of `fal-ai/moondream3-preview/segment` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    object_: str
    """String."""
    preview: bool | Unset = UNSET
    """Boolean."""
    settings: SegmentSamplingSettings | Unset = UNSET
    """SegmentSamplingSettings."""
    spatial_references: list[list[float] | Point] | Unset = UNSET
    """List of Point or list of number."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.point import Point  # noqa: PLC0415

        image_url = self.image_url

        object_ = self.object_

        preview = self.preview

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        spatial_references: list[dict[str, Any] | list[float]] | Unset = UNSET
        if not isinstance(self.spatial_references, Unset):
            spatial_references = []
            for spatial_references_item_data in self.spatial_references:
                spatial_references_item: dict[str, Any] | list[float]
                if isinstance(spatial_references_item_data, Point):
                    spatial_references_item = spatial_references_item_data.to_dict()
                else:
                    spatial_references_item = spatial_references_item_data

                spatial_references.append(spatial_references_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "object": object_,
            }
        )
        if preview is not UNSET:
            field_dict["preview"] = preview
        if settings is not UNSET:
            field_dict["settings"] = settings
        if spatial_references is not UNSET:
            field_dict["spatial_references"] = spatial_references

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.point import Point  # noqa: PLC0415
        from ..models.segment_sampling_settings import SegmentSamplingSettings  # noqa: PLC0415

        d = dict(src_dict)
        image_url = d.pop("image_url")

        object_ = d.pop("object")

        preview = d.pop("preview", UNSET)

        _settings = d.pop("settings", UNSET)
        settings: SegmentSamplingSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = SegmentSamplingSettings.from_dict(_settings)

        _spatial_references = d.pop("spatial_references", UNSET)
        spatial_references: list[list[float] | Point] | Unset = UNSET
        if _spatial_references is not UNSET:
            spatial_references = []
            for spatial_references_item_data in _spatial_references:

                def _parse_spatial_references_item(data: object) -> list[float] | Point:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        spatial_references_item_type_0 = Point.from_dict(data)

                        return spatial_references_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, list):
                        raise TypeError()
                    spatial_references_item_type_1 = cast(list[float], data)

                    return spatial_references_item_type_1

                spatial_references_item = _parse_spatial_references_item(
                    spatial_references_item_data
                )

                spatial_references.append(spatial_references_item)

        moondream_3_preview_segment_input = cls(
            image_url=image_url,
            object_=object_,
            preview=preview,
            settings=settings,
            spatial_references=spatial_references,
        )

        return moondream_3_preview_segment_input

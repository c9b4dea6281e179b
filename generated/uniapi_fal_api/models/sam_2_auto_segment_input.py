from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.sam_2_auto_segment_input_output_format import (
    Sam2AutoSegmentInputOutputFormat,
    check_sam_2_auto_segment_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .sam_2_auto_segment_output import Sam2AutoSegmentOutput  # noqa: F401


T = TypeVar("T", bound="Sam2AutoSegmentInput")


@_attrs_define
class Sam2AutoSegmentInput(FalInput["Sam2AutoSegmentOutput"], endpoint="fal-ai/sam2/auto-segment"):
    """Input of `fal-ai/sam2/auto-segment` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    min_mask_region_area: float | Unset = UNSET
    """Number. Server default: 100."""
    output_format: Sam2AutoSegmentInputOutputFormat | Unset = UNSET
    """One of "jpeg", "png". Server default: "png"."""
    points_per_side: float | Unset = UNSET
    """Number. Server default: 32."""
    pred_iou_thresh: float | Unset = UNSET
    """Number. Server default: 0.88."""
    stability_score_thresh: float | Unset = UNSET
    """Number. Server default: 0.95."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        min_mask_region_area = self.min_mask_region_area

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        points_per_side = self.points_per_side

        pred_iou_thresh = self.pred_iou_thresh

        stability_score_thresh = self.stability_score_thresh

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if min_mask_region_area is not UNSET:
            field_dict["min_mask_region_area"] = min_mask_region_area
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if points_per_side is not UNSET:
            field_dict["points_per_side"] = points_per_side
        if pred_iou_thresh is not UNSET:
            field_dict["pred_iou_thresh"] = pred_iou_thresh
        if stability_score_thresh is not UNSET:
            field_dict["stability_score_thresh"] = stability_score_thresh
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        min_mask_region_area = d.pop("min_mask_region_area", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: Sam2AutoSegmentInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_sam_2_auto_segment_input_output_format(_output_format)

        points_per_side = d.pop("points_per_side", UNSET)

        pred_iou_thresh = d.pop("pred_iou_thresh", UNSET)

        stability_score_thresh = d.pop("stability_score_thresh", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        sam_2_auto_segment_input = cls(
            image_url=image_url,
            min_mask_region_area=min_mask_region_area,
            output_format=output_format,
            points_per_side=points_per_side,
            pred_iou_thresh=pred_iou_thresh,
            stability_score_thresh=stability_score_thresh,
            sync_mode=sync_mode,
        )

        return sam_2_auto_segment_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.box_prompt import BoxPrompt
    from ..models.point_prompt import PointPrompt
    from .sam_3_video_rle_output import Sam3VideoRleOutput  # noqa: F401


T = TypeVar("T", bound="Sam3VideoRleInput")


@_attrs_define
class Sam3VideoRleInput(FalInput["Sam3VideoRleOutput"], endpoint="fal-ai/sam-3/video-rle"):
    """Input of `fal-ai/sam-3/video-rle` (video-to-video)."""

    video_url: str
    """Video Url: string."""
    mask_url: str | Unset = UNSET
    """Mask Url: string."""
    prompt: str | Unset = UNSET
    """Prompt: string. Server default: ""."""
    point_prompts: list[PointPrompt] | Unset = UNSET
    """Point Prompts: list of PointPrompt. Server default: []."""
    box_prompts: list[BoxPrompt] | Unset = UNSET
    """Box Prompts: list of BoxPrompt. Server default: []."""
    apply_mask: bool | Unset = UNSET
    """Apply Mask: boolean. Server default: false."""
    boundingbox_zip: bool | Unset = UNSET
    """Boundingbox Zip: boolean. Server default: false."""
    detection_threshold: float | Unset = UNSET
    """Detection Threshold: number, 0.01 to 1. Server default: 0.5."""
    frame_index: int | Unset = UNSET
    """Frame Index: integer. Server default: 0."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        mask_url = self.mask_url

        prompt = self.prompt

        point_prompts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.point_prompts, Unset):
            point_prompts = []
            for point_prompts_item_data in self.point_prompts:
                point_prompts_item = point_prompts_item_data.to_dict()
                point_prompts.append(point_prompts_item)

        box_prompts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.box_prompts, Unset):
            box_prompts = []
            for box_prompts_item_data in self.box_prompts:
                box_prompts_item = box_prompts_item_data.to_dict()
                box_prompts.append(box_prompts_item)

        apply_mask = self.apply_mask

        boundingbox_zip = self.boundingbox_zip

        detection_threshold = self.detection_threshold

        frame_index = self.frame_index

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
            }
        )
        if mask_url is not UNSET:
            field_dict["mask_url"] = mask_url
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if point_prompts is not UNSET:
            field_dict["point_prompts"] = point_prompts
        if box_prompts is not UNSET:
            field_dict["box_prompts"] = box_prompts
        if apply_mask is not UNSET:
            field_dict["apply_mask"] = apply_mask
        if boundingbox_zip is not UNSET:
            field_dict["boundingbox_zip"] = boundingbox_zip
        if detection_threshold is not UNSET:
            field_dict["detection_threshold"] = detection_threshold
        if frame_index is not UNSET:
            field_dict["frame_index"] = frame_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.box_prompt import BoxPrompt  # noqa: PLC0415
        from ..models.point_prompt import PointPrompt  # noqa: PLC0415

        d = dict(src_dict)
        video_url = d.pop("video_url")

        mask_url = d.pop("mask_url", UNSET)

        prompt = d.pop("prompt", UNSET)

        _point_prompts = d.pop("point_prompts", UNSET)
        point_prompts: list[PointPrompt] | Unset = UNSET
        if _point_prompts is not UNSET:
            point_prompts = []
            for point_prompts_item_data in _point_prompts:
                point_prompts_item = PointPrompt.from_dict(point_prompts_item_data)

                point_prompts.append(point_prompts_item)

        _box_prompts = d.pop("box_prompts", UNSET)
        box_prompts: list[BoxPrompt] | Unset = UNSET
        if _box_prompts is not UNSET:
            box_prompts = []
            for box_prompts_item_data in _box_prompts:
                box_prompts_item = BoxPrompt.from_dict(box_prompts_item_data)

                box_prompts.append(box_prompts_item)

        apply_mask = d.pop("apply_mask", UNSET)

        boundingbox_zip = d.pop("boundingbox_zip", UNSET)

        detection_threshold = d.pop("detection_threshold", UNSET)

        frame_index = d.pop("frame_index", UNSET)

        sam_3_video_rle_input = cls(
            video_url=video_url,
            mask_url=mask_url,
            prompt=prompt,
            point_prompts=point_prompts,
            box_prompts=box_prompts,
            apply_mask=apply_mask,
            boundingbox_zip=boundingbox_zip,
            detection_threshold=detection_threshold,
            frame_index=frame_index,
        )

        return sam_3_video_rle_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.box_prompt_v16cd15 import BoxPromptV16CD15
    from ..models.point_prompt_v095739 import PointPromptV095739
    from .sam_31_video_rle_output import Sam31VideoRleOutput  # noqa: F401


T = TypeVar("T", bound="Sam31VideoRleInput")


@_attrs_define
class Sam31VideoRleInput(FalInput["Sam31VideoRleOutput"], endpoint="fal-ai/sam-3-1/video-rle"):
    """Input of `fal-ai/sam-3-1/video-rle` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    video_url: str
    """URL or local file."""
    apply_mask: bool | Unset = UNSET
    """Boolean."""
    boundingbox_zip: bool | Unset = UNSET
    """Boolean."""
    box_prompts: list[BoxPromptV16CD15] | Unset = UNSET
    """List of BoxPromptV16CD15."""
    detection_threshold: float | Unset = UNSET
    """Number. Server default: 0.5."""
    frame_index: float | Unset = UNSET
    """Number."""
    mask_url: str | Unset = UNSET
    """URL or local file."""
    max_num_objects: float | Unset = UNSET
    """Number. Server default: 16."""
    point_prompts: list[PointPromptV095739] | Unset = UNSET
    """List of PointPromptV095739."""
    prompt: str | Unset = UNSET
    """String. Server default: ""."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        apply_mask = self.apply_mask

        boundingbox_zip = self.boundingbox_zip

        box_prompts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.box_prompts, Unset):
            box_prompts = []
            for box_prompts_item_data in self.box_prompts:
                box_prompts_item = box_prompts_item_data.to_dict()
                box_prompts.append(box_prompts_item)

        detection_threshold = self.detection_threshold

        frame_index = self.frame_index

        mask_url = self.mask_url

        max_num_objects = self.max_num_objects

        point_prompts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.point_prompts, Unset):
            point_prompts = []
            for point_prompts_item_data in self.point_prompts:
                point_prompts_item = point_prompts_item_data.to_dict()
                point_prompts.append(point_prompts_item)

        prompt = self.prompt

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
            }
        )
        if apply_mask is not UNSET:
            field_dict["apply_mask"] = apply_mask
        if boundingbox_zip is not UNSET:
            field_dict["boundingbox_zip"] = boundingbox_zip
        if box_prompts is not UNSET:
            field_dict["box_prompts"] = box_prompts
        if detection_threshold is not UNSET:
            field_dict["detection_threshold"] = detection_threshold
        if frame_index is not UNSET:
            field_dict["frame_index"] = frame_index
        if mask_url is not UNSET:
            field_dict["mask_url"] = mask_url
        if max_num_objects is not UNSET:
            field_dict["max_num_objects"] = max_num_objects
        if point_prompts is not UNSET:
            field_dict["point_prompts"] = point_prompts
        if prompt is not UNSET:
            field_dict["prompt"] = prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.box_prompt_v16cd15 import BoxPromptV16CD15  # noqa: PLC0415
        from ..models.point_prompt_v095739 import PointPromptV095739  # noqa: PLC0415

        d = dict(src_dict)
        video_url = d.pop("video_url")

        apply_mask = d.pop("apply_mask", UNSET)

        boundingbox_zip = d.pop("boundingbox_zip", UNSET)

        _box_prompts = d.pop("box_prompts", UNSET)
        box_prompts: list[BoxPromptV16CD15] | Unset = UNSET
        if _box_prompts is not UNSET:
            box_prompts = []
            for box_prompts_item_data in _box_prompts:
                box_prompts_item = BoxPromptV16CD15.from_dict(box_prompts_item_data)

                box_prompts.append(box_prompts_item)

        detection_threshold = d.pop("detection_threshold", UNSET)

        frame_index = d.pop("frame_index", UNSET)

        mask_url = d.pop("mask_url", UNSET)

        max_num_objects = d.pop("max_num_objects", UNSET)

        _point_prompts = d.pop("point_prompts", UNSET)
        point_prompts: list[PointPromptV095739] | Unset = UNSET
        if _point_prompts is not UNSET:
            point_prompts = []
            for point_prompts_item_data in _point_prompts:
                point_prompts_item = PointPromptV095739.from_dict(point_prompts_item_data)

                point_prompts.append(point_prompts_item)

        prompt = d.pop("prompt", UNSET)

        sam_31_video_rle_input = cls(
            video_url=video_url,
            apply_mask=apply_mask,
            boundingbox_zip=boundingbox_zip,
            box_prompts=box_prompts,
            detection_threshold=detection_threshold,
            frame_index=frame_index,
            mask_url=mask_url,
            max_num_objects=max_num_objects,
            point_prompts=point_prompts,
            prompt=prompt,
        )

        return sam_31_video_rle_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.sam_31_video_input_video_output_type import (
    Sam31VideoInputVideoOutputType,
    check_sam_31_video_input_video_output_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.box_prompt_base_v71ef55 import BoxPromptBaseV71EF55
    from ..models.point_prompt_base_ve37978 import PointPromptBaseVE37978
    from .sam_31_video_output import Sam31VideoOutput  # noqa: F401


T = TypeVar("T", bound="Sam31VideoInput")


@_attrs_define
class Sam31VideoInput(FalInput["Sam31VideoOutput"], endpoint="fal-ai/sam-3-1/video"):
    """Input of `fal-ai/sam-3-1/video` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    video_url: str
    """URL or local file."""
    apply_mask: bool | Unset = UNSET
    """Boolean. Server default: true."""
    box_prompts: list[BoxPromptBaseV71EF55] | Unset = UNSET
    """List of BoxPromptBaseV71EF55."""
    detection_threshold: float | Unset = UNSET
    """Number. Server default: 0.5."""
    max_num_objects: float | Unset = UNSET
    """Number. Server default: 16."""
    point_prompts: list[PointPromptBaseVE37978] | Unset = UNSET
    """List of PointPromptBaseVE37978."""
    prompt: str | Unset = UNSET
    """String. Server default: ""."""
    video_output_type: Sam31VideoInputVideoOutputType | Unset = UNSET
    """One of "X264 (.mp4)", "VP9 (.webm)". Server default: "X264 (.mp4)"."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        apply_mask = self.apply_mask

        box_prompts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.box_prompts, Unset):
            box_prompts = []
            for box_prompts_item_data in self.box_prompts:
                box_prompts_item = box_prompts_item_data.to_dict()
                box_prompts.append(box_prompts_item)

        detection_threshold = self.detection_threshold

        max_num_objects = self.max_num_objects

        point_prompts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.point_prompts, Unset):
            point_prompts = []
            for point_prompts_item_data in self.point_prompts:
                point_prompts_item = point_prompts_item_data.to_dict()
                point_prompts.append(point_prompts_item)

        prompt = self.prompt

        video_output_type: str | Unset = UNSET
        if not isinstance(self.video_output_type, Unset):
            video_output_type = self.video_output_type

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
            }
        )
        if apply_mask is not UNSET:
            field_dict["apply_mask"] = apply_mask
        if box_prompts is not UNSET:
            field_dict["box_prompts"] = box_prompts
        if detection_threshold is not UNSET:
            field_dict["detection_threshold"] = detection_threshold
        if max_num_objects is not UNSET:
            field_dict["max_num_objects"] = max_num_objects
        if point_prompts is not UNSET:
            field_dict["point_prompts"] = point_prompts
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if video_output_type is not UNSET:
            field_dict["video_output_type"] = video_output_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.box_prompt_base_v71ef55 import BoxPromptBaseV71EF55  # noqa: PLC0415
        from ..models.point_prompt_base_ve37978 import PointPromptBaseVE37978  # noqa: PLC0415

        d = dict(src_dict)
        video_url = d.pop("video_url")

        apply_mask = d.pop("apply_mask", UNSET)

        _box_prompts = d.pop("box_prompts", UNSET)
        box_prompts: list[BoxPromptBaseV71EF55] | Unset = UNSET
        if _box_prompts is not UNSET:
            box_prompts = []
            for box_prompts_item_data in _box_prompts:
                box_prompts_item = BoxPromptBaseV71EF55.from_dict(box_prompts_item_data)

                box_prompts.append(box_prompts_item)

        detection_threshold = d.pop("detection_threshold", UNSET)

        max_num_objects = d.pop("max_num_objects", UNSET)

        _point_prompts = d.pop("point_prompts", UNSET)
        point_prompts: list[PointPromptBaseVE37978] | Unset = UNSET
        if _point_prompts is not UNSET:
            point_prompts = []
            for point_prompts_item_data in _point_prompts:
                point_prompts_item = PointPromptBaseVE37978.from_dict(point_prompts_item_data)

                point_prompts.append(point_prompts_item)

        prompt = d.pop("prompt", UNSET)

        _video_output_type = d.pop("video_output_type", UNSET)
        video_output_type: Sam31VideoInputVideoOutputType | Unset
        if isinstance(_video_output_type, Unset):
            video_output_type = UNSET
        else:
            video_output_type = check_sam_31_video_input_video_output_type(_video_output_type)

        sam_31_video_input = cls(
            video_url=video_url,
            apply_mask=apply_mask,
            box_prompts=box_prompts,
            detection_threshold=detection_threshold,
            max_num_objects=max_num_objects,
            point_prompts=point_prompts,
            prompt=prompt,
            video_output_type=video_output_type,
        )

        return sam_31_video_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.box_prompt_base import BoxPromptBase
    from ..models.point_prompt_base import PointPromptBase
    from .sam_3_video_output import Sam3VideoOutput  # noqa: F401


T = TypeVar("T", bound="Sam3VideoInput")


@_attrs_define
class Sam3VideoInput(FalInput["Sam3VideoOutput"], endpoint="fal-ai/sam-3/video"):
    """Input of `fal-ai/sam-3/video` (video-to-video)."""

    video_url: str
    """Video Url: string."""
    prompt: str | Unset = UNSET
    """Prompt: string. Server default: ""."""
    text_prompt: str | Unset = UNSET
    """Text Prompt: string. Deprecated."""
    point_prompts: list[PointPromptBase] | Unset = UNSET
    """Point Prompts: list of PointPromptBase. Server default: []."""
    box_prompts: list[BoxPromptBase] | Unset = UNSET
    """Box Prompts: list of BoxPromptBase. Server default: []."""
    apply_mask: bool | Unset = UNSET
    """Apply Mask: boolean. Server default: true."""
    detection_threshold: float | Unset = UNSET
    """Detection Threshold: number, 0.1 to 1. Server default: 0.5."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        prompt = self.prompt

        text_prompt = self.text_prompt

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

        detection_threshold = self.detection_threshold

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if text_prompt is not UNSET:
            field_dict["text_prompt"] = text_prompt
        if point_prompts is not UNSET:
            field_dict["point_prompts"] = point_prompts
        if box_prompts is not UNSET:
            field_dict["box_prompts"] = box_prompts
        if apply_mask is not UNSET:
            field_dict["apply_mask"] = apply_mask
        if detection_threshold is not UNSET:
            field_dict["detection_threshold"] = detection_threshold

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.box_prompt_base import BoxPromptBase  # noqa: PLC0415
        from ..models.point_prompt_base import PointPromptBase  # noqa: PLC0415

        d = dict(src_dict)
        video_url = d.pop("video_url")

        prompt = d.pop("prompt", UNSET)

        text_prompt = d.pop("text_prompt", UNSET)

        _point_prompts = d.pop("point_prompts", UNSET)
        point_prompts: list[PointPromptBase] | Unset = UNSET
        if _point_prompts is not UNSET:
            point_prompts = []
            for point_prompts_item_data in _point_prompts:
                point_prompts_item = PointPromptBase.from_dict(point_prompts_item_data)

                point_prompts.append(point_prompts_item)

        _box_prompts = d.pop("box_prompts", UNSET)
        box_prompts: list[BoxPromptBase] | Unset = UNSET
        if _box_prompts is not UNSET:
            box_prompts = []
            for box_prompts_item_data in _box_prompts:
                box_prompts_item = BoxPromptBase.from_dict(box_prompts_item_data)

                box_prompts.append(box_prompts_item)

        apply_mask = d.pop("apply_mask", UNSET)

        detection_threshold = d.pop("detection_threshold", UNSET)

        sam_3_video_input = cls(
            video_url=video_url,
            prompt=prompt,
            text_prompt=text_prompt,
            point_prompts=point_prompts,
            box_prompts=box_prompts,
            apply_mask=apply_mask,
            detection_threshold=detection_threshold,
        )

        return sam_3_video_input

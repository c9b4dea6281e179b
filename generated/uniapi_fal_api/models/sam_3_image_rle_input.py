from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.sam_3_image_rle_input_output_format import (
    Sam3ImageRleInputOutputFormat,
    check_sam_3_image_rle_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.box_prompt_v16cd15 import BoxPromptV16CD15
    from ..models.point_prompt_v095739 import PointPromptV095739
    from .sam_3_image_rle_output import Sam3ImageRleOutput  # noqa: F401


T = TypeVar("T", bound="Sam3ImageRleInput")


@_attrs_define
class Sam3ImageRleInput(FalInput["Sam3ImageRleOutput"], endpoint="fal-ai/sam-3/image-rle"):
    """Input of `fal-ai/sam-3/image-rle` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    apply_mask: bool | Unset = UNSET
    """Boolean. Server default: true."""
    box_prompts: list[BoxPromptV16CD15] | Unset = UNSET
    """List of BoxPromptV16CD15."""
    include_boxes: bool | Unset = UNSET
    """Boolean."""
    include_scores: bool | Unset = UNSET
    """Boolean."""
    max_masks: float | Unset = UNSET
    """Number. Server default: 3."""
    output_format: Sam3ImageRleInputOutputFormat | Unset = UNSET
    """One of "jpeg", "png", "webp". Server default: "png"."""
    point_prompts: list[PointPromptV095739] | Unset = UNSET
    """List of PointPromptV095739."""
    prompt: str | Unset = UNSET
    """String. Server default: "wheel"."""
    return_multiple_masks: bool | Unset = UNSET
    """Boolean."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        apply_mask = self.apply_mask

        box_prompts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.box_prompts, Unset):
            box_prompts = []
            for box_prompts_item_data in self.box_prompts:
                box_prompts_item = box_prompts_item_data.to_dict()
                box_prompts.append(box_prompts_item)

        include_boxes = self.include_boxes

        include_scores = self.include_scores

        max_masks = self.max_masks

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        point_prompts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.point_prompts, Unset):
            point_prompts = []
            for point_prompts_item_data in self.point_prompts:
                point_prompts_item = point_prompts_item_data.to_dict()
                point_prompts.append(point_prompts_item)

        prompt = self.prompt

        return_multiple_masks = self.return_multiple_masks

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if apply_mask is not UNSET:
            field_dict["apply_mask"] = apply_mask
        if box_prompts is not UNSET:
            field_dict["box_prompts"] = box_prompts
        if include_boxes is not UNSET:
            field_dict["include_boxes"] = include_boxes
        if include_scores is not UNSET:
            field_dict["include_scores"] = include_scores
        if max_masks is not UNSET:
            field_dict["max_masks"] = max_masks
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if point_prompts is not UNSET:
            field_dict["point_prompts"] = point_prompts
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if return_multiple_masks is not UNSET:
            field_dict["return_multiple_masks"] = return_multiple_masks
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.box_prompt_v16cd15 import BoxPromptV16CD15  # noqa: PLC0415
        from ..models.point_prompt_v095739 import PointPromptV095739  # noqa: PLC0415

        d = dict(src_dict)
        image_url = d.pop("image_url")

        apply_mask = d.pop("apply_mask", UNSET)

        _box_prompts = d.pop("box_prompts", UNSET)
        box_prompts: list[BoxPromptV16CD15] | Unset = UNSET
        if _box_prompts is not UNSET:
            box_prompts = []
            for box_prompts_item_data in _box_prompts:
                box_prompts_item = BoxPromptV16CD15.from_dict(box_prompts_item_data)

                box_prompts.append(box_prompts_item)

        include_boxes = d.pop("include_boxes", UNSET)

        include_scores = d.pop("include_scores", UNSET)

        max_masks = d.pop("max_masks", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: Sam3ImageRleInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_sam_3_image_rle_input_output_format(_output_format)

        _point_prompts = d.pop("point_prompts", UNSET)
        point_prompts: list[PointPromptV095739] | Unset = UNSET
        if _point_prompts is not UNSET:
            point_prompts = []
            for point_prompts_item_data in _point_prompts:
                point_prompts_item = PointPromptV095739.from_dict(point_prompts_item_data)

                point_prompts.append(point_prompts_item)

        prompt = d.pop("prompt", UNSET)

        return_multiple_masks = d.pop("return_multiple_masks", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        sam_3_image_rle_input = cls(
            image_url=image_url,
            apply_mask=apply_mask,
            box_prompts=box_prompts,
            include_boxes=include_boxes,
            include_scores=include_scores,
            max_masks=max_masks,
            output_format=output_format,
            point_prompts=point_prompts,
            prompt=prompt,
            return_multiple_masks=return_multiple_masks,
            sync_mode=sync_mode,
        )

        return sam_3_image_rle_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.sam_2_image_input_output_format import (
    Sam2ImageInputOutputFormat,
    check_sam_2_image_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.box_prompt_v16cd15 import BoxPromptV16CD15
    from ..models.point_prompt_v095739 import PointPromptV095739
    from .sam_2_image_output import Sam2ImageOutput  # noqa: F401


T = TypeVar("T", bound="Sam2ImageInput")


@_attrs_define
class Sam2ImageInput(FalInput["Sam2ImageOutput"], endpoint="fal-ai/sam2/image"):
    """Input of `fal-ai/sam2/image` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript types):
    types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    apply_mask: bool | Unset = UNSET
    """Boolean."""
    box_prompts: list[BoxPromptV16CD15] | Unset = UNSET
    """List of BoxPromptV16CD15."""
    output_format: Sam2ImageInputOutputFormat | Unset = UNSET
    """One of "jpeg", "png", "webp". Server default: "png"."""
    prompts: list[PointPromptV095739] | Unset = UNSET
    """List of PointPromptV095739."""
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

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        prompts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.prompts, Unset):
            prompts = []
            for prompts_item_data in self.prompts:
                prompts_item = prompts_item_data.to_dict()
                prompts.append(prompts_item)

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
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if prompts is not UNSET:
            field_dict["prompts"] = prompts
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

        _output_format = d.pop("output_format", UNSET)
        output_format: Sam2ImageInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_sam_2_image_input_output_format(_output_format)

        _prompts = d.pop("prompts", UNSET)
        prompts: list[PointPromptV095739] | Unset = UNSET
        if _prompts is not UNSET:
            prompts = []
            for prompts_item_data in _prompts:
                prompts_item = PointPromptV095739.from_dict(prompts_item_data)

                prompts.append(prompts_item)

        sync_mode = d.pop("sync_mode", UNSET)

        sam_2_image_input = cls(
            image_url=image_url,
            apply_mask=apply_mask,
            box_prompts=box_prompts,
            output_format=output_format,
            prompts=prompts,
            sync_mode=sync_mode,
        )

        return sam_2_image_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.box_prompt_v16cd15 import BoxPromptV16CD15
    from ..models.point_prompt_v095739 import PointPromptV095739
    from .sam_2_video_output import Sam2VideoOutput  # noqa: F401


T = TypeVar("T", bound="Sam2VideoInput")


@_attrs_define
class Sam2VideoInput(FalInput["Sam2VideoOutput"], endpoint="fal-ai/sam2/video"):
    """Input of `fal-ai/sam2/video` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript types):
    types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    video_url: str
    """URL or local file."""
    apply_mask: bool | Unset = UNSET
    """Boolean."""
    boundingbox_zip: bool | Unset = UNSET
    """Boolean."""
    box_prompts: list[BoxPromptV16CD15] | Unset = UNSET
    """List of BoxPromptV16CD15."""
    mask_url: str | Unset = UNSET
    """URL or local file."""
    prompts: list[PointPromptV095739] | Unset = UNSET
    """List of PointPromptV095739."""

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

        mask_url = self.mask_url

        prompts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.prompts, Unset):
            prompts = []
            for prompts_item_data in self.prompts:
                prompts_item = prompts_item_data.to_dict()
                prompts.append(prompts_item)

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
        if mask_url is not UNSET:
            field_dict["mask_url"] = mask_url
        if prompts is not UNSET:
            field_dict["prompts"] = prompts

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

        mask_url = d.pop("mask_url", UNSET)

        _prompts = d.pop("prompts", UNSET)
        prompts: list[PointPromptV095739] | Unset = UNSET
        if _prompts is not UNSET:
            prompts = []
            for prompts_item_data in _prompts:
                prompts_item = PointPromptV095739.from_dict(prompts_item_data)

                prompts.append(prompts_item)

        sam_2_video_input = cls(
            video_url=video_url,
            apply_mask=apply_mask,
            boundingbox_zip=boundingbox_zip,
            box_prompts=box_prompts,
            mask_url=mask_url,
            prompts=prompts,
        )

        return sam_2_video_input

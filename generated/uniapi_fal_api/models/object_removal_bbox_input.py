from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.object_removal_bbox_input_model import (
    ObjectRemovalBboxInputModel,
    check_object_removal_bbox_input_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.b_box_prompt_base import BBoxPromptBase
    from .object_removal_bbox_output import ObjectRemovalBboxOutput  # noqa: F401


T = TypeVar("T", bound="ObjectRemovalBboxInput")


@_attrs_define
class ObjectRemovalBboxInput(
    FalInput["ObjectRemovalBboxOutput"], endpoint="fal-ai/object-removal/bbox"
):
    """Input of `fal-ai/object-removal/bbox` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    box_prompts: list[BBoxPromptBase] | Unset = UNSET
    """List of BBoxPromptBase."""
    mask_expansion: float | Unset = UNSET
    """Number. Server default: 15."""
    model: ObjectRemovalBboxInputModel | Unset = UNSET
    """One of "low_quality", "medium_quality", "high_quality", "best_quality". Server default:
    "best_quality"."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        box_prompts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.box_prompts, Unset):
            box_prompts = []
            for box_prompts_item_data in self.box_prompts:
                box_prompts_item = box_prompts_item_data.to_dict()
                box_prompts.append(box_prompts_item)

        mask_expansion = self.mask_expansion

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if box_prompts is not UNSET:
            field_dict["box_prompts"] = box_prompts
        if mask_expansion is not UNSET:
            field_dict["mask_expansion"] = mask_expansion
        if model is not UNSET:
            field_dict["model"] = model

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.b_box_prompt_base import BBoxPromptBase  # noqa: PLC0415

        d = dict(src_dict)
        image_url = d.pop("image_url")

        _box_prompts = d.pop("box_prompts", UNSET)
        box_prompts: list[BBoxPromptBase] | Unset = UNSET
        if _box_prompts is not UNSET:
            box_prompts = []
            for box_prompts_item_data in _box_prompts:
                box_prompts_item = BBoxPromptBase.from_dict(box_prompts_item_data)

                box_prompts.append(box_prompts_item)

        mask_expansion = d.pop("mask_expansion", UNSET)

        _model = d.pop("model", UNSET)
        model: ObjectRemovalBboxInputModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_object_removal_bbox_input_model(_model)

        object_removal_bbox_input = cls(
            image_url=image_url,
            box_prompts=box_prompts,
            mask_expansion=mask_expansion,
            model=model,
        )

        return object_removal_bbox_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.finegrain_eraser_bbox_input_mode import (
    FinegrainEraserBboxInputMode,
    check_finegrain_eraser_bbox_input_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.box_prompt_base_v71ef55 import BoxPromptBaseV71EF55
    from .finegrain_eraser_bbox_output import FinegrainEraserBboxOutput  # noqa: F401


T = TypeVar("T", bound="FinegrainEraserBboxInput")


@_attrs_define
class FinegrainEraserBboxInput(
    FalInput["FinegrainEraserBboxOutput"], endpoint="fal-ai/finegrain-eraser/bbox"
):
    """Input of `fal-ai/finegrain-eraser/bbox` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    box_prompts: list[BoxPromptBaseV71EF55]
    """List of BoxPromptBaseV71EF55."""
    image_url: str
    """URL or local file."""
    mode: FinegrainEraserBboxInputMode | Unset = UNSET
    """One of "express", "standard", "premium". Server default: "standard"."""
    seed: float | Unset = UNSET
    """Number."""

    def to_dict(self) -> dict[str, Any]:
        box_prompts = []
        for box_prompts_item_data in self.box_prompts:
            box_prompts_item = box_prompts_item_data.to_dict()
            box_prompts.append(box_prompts_item)

        image_url = self.image_url

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "box_prompts": box_prompts,
                "image_url": image_url,
            }
        )
        if mode is not UNSET:
            field_dict["mode"] = mode
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.box_prompt_base_v71ef55 import BoxPromptBaseV71EF55  # noqa: PLC0415

        d = dict(src_dict)
        box_prompts = []
        _box_prompts = d.pop("box_prompts")
        for box_prompts_item_data in _box_prompts:
            box_prompts_item = BoxPromptBaseV71EF55.from_dict(box_prompts_item_data)

            box_prompts.append(box_prompts_item)

        image_url = d.pop("image_url")

        _mode = d.pop("mode", UNSET)
        mode: FinegrainEraserBboxInputMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_finegrain_eraser_bbox_input_mode(_mode)

        seed = d.pop("seed", UNSET)

        finegrain_eraser_bbox_input = cls(
            box_prompts=box_prompts,
            image_url=image_url,
            mode=mode,
            seed=seed,
        )

        return finegrain_eraser_bbox_input

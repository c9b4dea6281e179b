from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .evf_sam_output import EvfSamOutput  # noqa: F401


T = TypeVar("T", bound="EvfSamInput")


@_attrs_define
class EvfSamInput(FalInput["EvfSamOutput"], endpoint="fal-ai/evf-sam"):
    """Input of `fal-ai/evf-sam` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript types):
    types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    prompt: str
    """String."""
    blur_mask: float | Unset = UNSET
    """Number."""
    expand_mask: float | Unset = UNSET
    """Number."""
    fill_holes: bool | Unset = UNSET
    """Boolean."""
    mask_only: bool | Unset = UNSET
    """Boolean. Server default: true."""
    negative_prompt: str | Unset = UNSET
    """String."""
    revert_mask: bool | Unset = UNSET
    """Boolean."""
    semantic_type: bool | Unset = UNSET
    """Boolean."""
    use_grounding_dino: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        prompt = self.prompt

        blur_mask = self.blur_mask

        expand_mask = self.expand_mask

        fill_holes = self.fill_holes

        mask_only = self.mask_only

        negative_prompt = self.negative_prompt

        revert_mask = self.revert_mask

        semantic_type = self.semantic_type

        use_grounding_dino = self.use_grounding_dino

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        if blur_mask is not UNSET:
            field_dict["blur_mask"] = blur_mask
        if expand_mask is not UNSET:
            field_dict["expand_mask"] = expand_mask
        if fill_holes is not UNSET:
            field_dict["fill_holes"] = fill_holes
        if mask_only is not UNSET:
            field_dict["mask_only"] = mask_only
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if revert_mask is not UNSET:
            field_dict["revert_mask"] = revert_mask
        if semantic_type is not UNSET:
            field_dict["semantic_type"] = semantic_type
        if use_grounding_dino is not UNSET:
            field_dict["use_grounding_dino"] = use_grounding_dino

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        prompt = d.pop("prompt")

        blur_mask = d.pop("blur_mask", UNSET)

        expand_mask = d.pop("expand_mask", UNSET)

        fill_holes = d.pop("fill_holes", UNSET)

        mask_only = d.pop("mask_only", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        revert_mask = d.pop("revert_mask", UNSET)

        semantic_type = d.pop("semantic_type", UNSET)

        use_grounding_dino = d.pop("use_grounding_dino", UNSET)

        evf_sam_input = cls(
            image_url=image_url,
            prompt=prompt,
            blur_mask=blur_mask,
            expand_mask=expand_mask,
            fill_holes=fill_holes,
            mask_only=mask_only,
            negative_prompt=negative_prompt,
            revert_mask=revert_mask,
            semantic_type=semantic_type,
            use_grounding_dino=use_grounding_dino,
        )

        return evf_sam_input

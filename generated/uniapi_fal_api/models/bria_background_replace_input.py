from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .bria_background_replace_output import BriaBackgroundReplaceOutput  # noqa: F401


T = TypeVar("T", bound="BriaBackgroundReplaceInput")


@_attrs_define
class BriaBackgroundReplaceInput(
    FalInput["BriaBackgroundReplaceOutput"], endpoint="fal-ai/bria/background/replace"
):
    """Input of `fal-ai/bria/background/replace` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    fast: bool | Unset = UNSET
    """Boolean. Server default: true."""
    negative_prompt: str | Unset = UNSET
    """String. Server default: ""."""
    num_images: float | Unset = UNSET
    """Number. Server default: 1."""
    prompt: str | Unset = UNSET
    """String."""
    ref_image_url: str | Unset = UNSET
    """URL or local file. Server default: ""."""
    refine_prompt: bool | Unset = UNSET
    """Boolean. Server default: true."""
    seed: float | Unset = UNSET
    """Number."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        fast = self.fast

        negative_prompt = self.negative_prompt

        num_images = self.num_images

        prompt = self.prompt

        ref_image_url = self.ref_image_url

        refine_prompt = self.refine_prompt

        seed = self.seed

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if fast is not UNSET:
            field_dict["fast"] = fast
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if ref_image_url is not UNSET:
            field_dict["ref_image_url"] = ref_image_url
        if refine_prompt is not UNSET:
            field_dict["refine_prompt"] = refine_prompt
        if seed is not UNSET:
            field_dict["seed"] = seed
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        fast = d.pop("fast", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_images = d.pop("num_images", UNSET)

        prompt = d.pop("prompt", UNSET)

        ref_image_url = d.pop("ref_image_url", UNSET)

        refine_prompt = d.pop("refine_prompt", UNSET)

        seed = d.pop("seed", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        bria_background_replace_input = cls(
            image_url=image_url,
            fast=fast,
            negative_prompt=negative_prompt,
            num_images=num_images,
            prompt=prompt,
            ref_image_url=ref_image_url,
            refine_prompt=refine_prompt,
            seed=seed,
            sync_mode=sync_mode,
        )

        return bria_background_replace_input

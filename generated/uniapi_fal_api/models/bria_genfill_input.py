from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .bria_genfill_output import BriaGenfillOutput  # noqa: F401


T = TypeVar("T", bound="BriaGenfillInput")


@_attrs_define
class BriaGenfillInput(FalInput["BriaGenfillOutput"], endpoint="fal-ai/bria/genfill"):
    """Input of `fal-ai/bria/genfill` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    mask_url: str
    """URL or local file."""
    prompt: str
    """String."""
    negative_prompt: str | Unset = UNSET
    """String. Server default: ""."""
    num_images: float | Unset = UNSET
    """Number. Server default: 1."""
    seed: float | Unset = UNSET
    """Number."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        mask_url = self.mask_url

        prompt = self.prompt

        negative_prompt = self.negative_prompt

        num_images = self.num_images

        seed = self.seed

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "prompt": prompt,
            }
        )
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if seed is not UNSET:
            field_dict["seed"] = seed
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        mask_url = d.pop("mask_url")

        prompt = d.pop("prompt")

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_images = d.pop("num_images", UNSET)

        seed = d.pop("seed", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        bria_genfill_input = cls(
            image_url=image_url,
            mask_url=mask_url,
            prompt=prompt,
            negative_prompt=negative_prompt,
            num_images=num_images,
            seed=seed,
            sync_mode=sync_mode,
        )

        return bria_genfill_input

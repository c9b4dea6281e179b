from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.bria_expand_input_aspect_ratio import (
    BriaExpandInputAspectRatio,
    check_bria_expand_input_aspect_ratio,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .bria_expand_output import BriaExpandOutput  # noqa: F401


T = TypeVar("T", bound="BriaExpandInput")


@_attrs_define
class BriaExpandInput(FalInput["BriaExpandOutput"], endpoint="fal-ai/bria/expand"):
    """Input of `fal-ai/bria/expand` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript types):
    types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    canvas_size: list[float]
    """List of number."""
    image_url: str
    """URL or local file."""
    aspect_ratio: BriaExpandInputAspectRatio | Unset = UNSET
    """One of "1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", ... (9 values)."""
    negative_prompt: str | Unset = UNSET
    """String. Server default: ""."""
    original_image_location: list[float] | Unset = UNSET
    """List of number."""
    original_image_size: list[float] | Unset = UNSET
    """List of number."""
    prompt: str | Unset = UNSET
    """String. Server default: ""."""
    seed: float | Unset = UNSET
    """Number."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        canvas_size = self.canvas_size

        image_url = self.image_url

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        negative_prompt = self.negative_prompt

        original_image_location: list[float] | Unset = UNSET
        if not isinstance(self.original_image_location, Unset):
            original_image_location = self.original_image_location

        original_image_size: list[float] | Unset = UNSET
        if not isinstance(self.original_image_size, Unset):
            original_image_size = self.original_image_size

        prompt = self.prompt

        seed = self.seed

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "canvas_size": canvas_size,
                "image_url": image_url,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if original_image_location is not UNSET:
            field_dict["original_image_location"] = original_image_location
        if original_image_size is not UNSET:
            field_dict["original_image_size"] = original_image_size
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if seed is not UNSET:
            field_dict["seed"] = seed
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        canvas_size = cast(list[float], d.pop("canvas_size"))

        image_url = d.pop("image_url")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: BriaExpandInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_bria_expand_input_aspect_ratio(_aspect_ratio)

        negative_prompt = d.pop("negative_prompt", UNSET)

        original_image_location = cast(list[float], d.pop("original_image_location", UNSET))

        original_image_size = cast(list[float], d.pop("original_image_size", UNSET))

        prompt = d.pop("prompt", UNSET)

        seed = d.pop("seed", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        bria_expand_input = cls(
            canvas_size=canvas_size,
            image_url=image_url,
            aspect_ratio=aspect_ratio,
            negative_prompt=negative_prompt,
            original_image_location=original_image_location,
            original_image_size=original_image_size,
            prompt=prompt,
            seed=seed,
            sync_mode=sync_mode,
        )

        return bria_expand_input

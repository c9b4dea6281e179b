from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .ideogram_upscale_output import IdeogramUpscaleOutput  # noqa: F401


T = TypeVar("T", bound="IdeogramUpscaleInput")


@_attrs_define
class IdeogramUpscaleInput(FalInput["IdeogramUpscaleOutput"], endpoint="fal-ai/ideogram/upscale"):
    """Input of `fal-ai/ideogram/upscale` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    detail: float | Unset = UNSET
    """Number. Server default: 50."""
    expand_prompt: bool | Unset = UNSET
    """Boolean."""
    prompt: str | Unset = UNSET
    """String. Server default: ""."""
    resemblance: float | Unset = UNSET
    """Number. Server default: 50."""
    seed: float | Unset = UNSET
    """Number."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        detail = self.detail

        expand_prompt = self.expand_prompt

        prompt = self.prompt

        resemblance = self.resemblance

        seed = self.seed

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if detail is not UNSET:
            field_dict["detail"] = detail
        if expand_prompt is not UNSET:
            field_dict["expand_prompt"] = expand_prompt
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if resemblance is not UNSET:
            field_dict["resemblance"] = resemblance
        if seed is not UNSET:
            field_dict["seed"] = seed
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        detail = d.pop("detail", UNSET)

        expand_prompt = d.pop("expand_prompt", UNSET)

        prompt = d.pop("prompt", UNSET)

        resemblance = d.pop("resemblance", UNSET)

        seed = d.pop("seed", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        ideogram_upscale_input = cls(
            image_url=image_url,
            detail=detail,
            expand_prompt=expand_prompt,
            prompt=prompt,
            resemblance=resemblance,
            seed=seed,
            sync_mode=sync_mode,
        )

        return ideogram_upscale_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.bria_fibo_bbq_preview_generate_input_aspect_ratio import (
    BriaFiboBbqPreviewGenerateInputAspectRatio,
    check_bria_fibo_bbq_preview_generate_input_aspect_ratio,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .bria_fibo_bbq_preview_generate_output import BriaFiboBbqPreviewGenerateOutput  # noqa: F401


T = TypeVar("T", bound="BriaFiboBbqPreviewGenerateInput")


@_attrs_define
class BriaFiboBbqPreviewGenerateInput(
    FalInput["BriaFiboBbqPreviewGenerateOutput"], endpoint="bria/fibo-bbq-preview/generate"
):
    """Input of `bria/fibo-bbq-preview/generate` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    aspect_ratio: BriaFiboBbqPreviewGenerateInputAspectRatio | Unset = UNSET
    """One of "1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", ... (9 values). Server
    default: "1:1"."""
    guidance_scale: float | Unset = UNSET
    """Number. Server default: 5."""
    image_url: str | Unset = UNSET
    """URL or local file."""
    negative_prompt: str | Unset = UNSET
    """String. Server default: ""."""
    prompt: str | Unset = UNSET
    """String."""
    seed: float | Unset = UNSET
    """Number. Server default: 5555."""
    steps_num: float | Unset = UNSET
    """Number. Server default: 50."""
    structured_prompt: Any | Unset = UNSET
    """Any value."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        guidance_scale = self.guidance_scale

        image_url = self.image_url

        negative_prompt = self.negative_prompt

        prompt = self.prompt

        seed = self.seed

        steps_num = self.steps_num

        structured_prompt = self.structured_prompt

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if seed is not UNSET:
            field_dict["seed"] = seed
        if steps_num is not UNSET:
            field_dict["steps_num"] = steps_num
        if structured_prompt is not UNSET:
            field_dict["structured_prompt"] = structured_prompt
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: BriaFiboBbqPreviewGenerateInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_bria_fibo_bbq_preview_generate_input_aspect_ratio(_aspect_ratio)

        guidance_scale = d.pop("guidance_scale", UNSET)

        image_url = d.pop("image_url", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        prompt = d.pop("prompt", UNSET)

        seed = d.pop("seed", UNSET)

        steps_num = d.pop("steps_num", UNSET)

        structured_prompt = d.pop("structured_prompt", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        bria_fibo_bbq_preview_generate_input = cls(
            aspect_ratio=aspect_ratio,
            guidance_scale=guidance_scale,
            image_url=image_url,
            negative_prompt=negative_prompt,
            prompt=prompt,
            seed=seed,
            steps_num=steps_num,
            structured_prompt=structured_prompt,
            sync_mode=sync_mode,
        )

        return bria_fibo_bbq_preview_generate_input

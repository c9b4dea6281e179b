from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.photomaker_input_base_pipeline import (
    PhotomakerInputBasePipeline,
    check_photomaker_input_base_pipeline,
)
from ..models.photomaker_input_style import (
    PhotomakerInputStyle,
    check_photomaker_input_style,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .photomaker_output import PhotomakerOutput  # noqa: F401


T = TypeVar("T", bound="PhotomakerInput")


@_attrs_define
class PhotomakerInput(FalInput["PhotomakerOutput"], endpoint="fal-ai/photomaker"):
    """Input of `fal-ai/photomaker` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript types):
    types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_archive_url: str
    """URL or local file."""
    prompt: str
    """String."""
    base_pipeline: PhotomakerInputBasePipeline | Unset = UNSET
    """One of "photomaker", "photomaker-style". Server default: "photomaker"."""
    guidance_scale: float | Unset = UNSET
    """Number. Server default: 5."""
    initial_image_strength: float | Unset = UNSET
    """Number. Server default: 0.5."""
    initial_image_url: str | Unset = UNSET
    """URL or local file."""
    negative_prompt: str | Unset = UNSET
    """String. Server default: ""."""
    num_images: float | Unset = UNSET
    """Number. Server default: 1."""
    num_inference_steps: float | Unset = UNSET
    """Number. Server default: 50."""
    seed: float | Unset = UNSET
    """Number."""
    style: PhotomakerInputStyle | Unset = UNSET
    """One of "(No style)", "Cinematic", "Disney Character", "Digital Art", "Photographic",
    "Fantasy art", "Neonpunk", "Enhance", ... (11 values). Server default: "Photographic"."""
    style_strength: float | Unset = UNSET
    """Number. Server default: 20."""

    def to_dict(self) -> dict[str, Any]:
        image_archive_url = self.image_archive_url

        prompt = self.prompt

        base_pipeline: str | Unset = UNSET
        if not isinstance(self.base_pipeline, Unset):
            base_pipeline = self.base_pipeline

        guidance_scale = self.guidance_scale

        initial_image_strength = self.initial_image_strength

        initial_image_url = self.initial_image_url

        negative_prompt = self.negative_prompt

        num_images = self.num_images

        num_inference_steps = self.num_inference_steps

        seed = self.seed

        style: str | Unset = UNSET
        if not isinstance(self.style, Unset):
            style = self.style

        style_strength = self.style_strength

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_archive_url": image_archive_url,
                "prompt": prompt,
            }
        )
        if base_pipeline is not UNSET:
            field_dict["base_pipeline"] = base_pipeline
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if initial_image_strength is not UNSET:
            field_dict["initial_image_strength"] = initial_image_strength
        if initial_image_url is not UNSET:
            field_dict["initial_image_url"] = initial_image_url
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if seed is not UNSET:
            field_dict["seed"] = seed
        if style is not UNSET:
            field_dict["style"] = style
        if style_strength is not UNSET:
            field_dict["style_strength"] = style_strength

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_archive_url = d.pop("image_archive_url")

        prompt = d.pop("prompt")

        _base_pipeline = d.pop("base_pipeline", UNSET)
        base_pipeline: PhotomakerInputBasePipeline | Unset
        if isinstance(_base_pipeline, Unset):
            base_pipeline = UNSET
        else:
            base_pipeline = check_photomaker_input_base_pipeline(_base_pipeline)

        guidance_scale = d.pop("guidance_scale", UNSET)

        initial_image_strength = d.pop("initial_image_strength", UNSET)

        initial_image_url = d.pop("initial_image_url", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_images = d.pop("num_images", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        seed = d.pop("seed", UNSET)

        _style = d.pop("style", UNSET)
        style: PhotomakerInputStyle | Unset
        if isinstance(_style, Unset):
            style = UNSET
        else:
            style = check_photomaker_input_style(_style)

        style_strength = d.pop("style_strength", UNSET)

        photomaker_input = cls(
            image_archive_url=image_archive_url,
            prompt=prompt,
            base_pipeline=base_pipeline,
            guidance_scale=guidance_scale,
            initial_image_strength=initial_image_strength,
            initial_image_url=initial_image_url,
            negative_prompt=negative_prompt,
            num_images=num_images,
            num_inference_steps=num_inference_steps,
            seed=seed,
            style=style,
            style_strength=style_strength,
        )

        return photomaker_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .omni_zero_output import OmniZeroOutput  # noqa: F401


T = TypeVar("T", bound="OmniZeroInput")


@_attrs_define
class OmniZeroInput(FalInput["OmniZeroOutput"], endpoint="fal-ai/omni-zero"):
    """Input of `fal-ai/omni-zero` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript types):
    types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    composition_image_url: str
    """URL or local file."""
    identity_image_url: str
    """URL or local file."""
    image_url: str
    """URL or local file."""
    prompt: str
    """String."""
    style_image_url: str
    """URL or local file."""
    composition_strength: float | Unset = UNSET
    """Number. Server default: 1."""
    depth_strength: float | Unset = UNSET
    """Number. Server default: 0.5."""
    face_strength: float | Unset = UNSET
    """Number. Server default: 1."""
    guidance_scale: float | Unset = UNSET
    """Number. Server default: 5."""
    identity_strength: float | Unset = UNSET
    """Number. Server default: 1."""
    image_strength: float | Unset = UNSET
    """Number. Server default: 0.75."""
    negative_prompt: str | Unset = UNSET
    """String. Server default: ""."""
    number_of_images: float | Unset = UNSET
    """Number. Server default: 1."""
    seed: float | Unset = UNSET
    """Number. Server default: 42."""
    style_strength: float | Unset = UNSET
    """Number. Server default: 1."""

    def to_dict(self) -> dict[str, Any]:
        composition_image_url = self.composition_image_url

        identity_image_url = self.identity_image_url

        image_url = self.image_url

        prompt = self.prompt

        style_image_url = self.style_image_url

        composition_strength = self.composition_strength

        depth_strength = self.depth_strength

        face_strength = self.face_strength

        guidance_scale = self.guidance_scale

        identity_strength = self.identity_strength

        image_strength = self.image_strength

        negative_prompt = self.negative_prompt

        number_of_images = self.number_of_images

        seed = self.seed

        style_strength = self.style_strength

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "composition_image_url": composition_image_url,
                "identity_image_url": identity_image_url,
                "image_url": image_url,
                "prompt": prompt,
                "style_image_url": style_image_url,
            }
        )
        if composition_strength is not UNSET:
            field_dict["composition_strength"] = composition_strength
        if depth_strength is not UNSET:
            field_dict["depth_strength"] = depth_strength
        if face_strength is not UNSET:
            field_dict["face_strength"] = face_strength
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if identity_strength is not UNSET:
            field_dict["identity_strength"] = identity_strength
        if image_strength is not UNSET:
            field_dict["image_strength"] = image_strength
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if number_of_images is not UNSET:
            field_dict["number_of_images"] = number_of_images
        if seed is not UNSET:
            field_dict["seed"] = seed
        if style_strength is not UNSET:
            field_dict["style_strength"] = style_strength

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        composition_image_url = d.pop("composition_image_url")

        identity_image_url = d.pop("identity_image_url")

        image_url = d.pop("image_url")

        prompt = d.pop("prompt")

        style_image_url = d.pop("style_image_url")

        composition_strength = d.pop("composition_strength", UNSET)

        depth_strength = d.pop("depth_strength", UNSET)

        face_strength = d.pop("face_strength", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        identity_strength = d.pop("identity_strength", UNSET)

        image_strength = d.pop("image_strength", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        number_of_images = d.pop("number_of_images", UNSET)

        seed = d.pop("seed", UNSET)

        style_strength = d.pop("style_strength", UNSET)

        omni_zero_input = cls(
            composition_image_url=composition_image_url,
            identity_image_url=identity_image_url,
            image_url=image_url,
            prompt=prompt,
            style_image_url=style_image_url,
            composition_strength=composition_strength,
            depth_strength=depth_strength,
            face_strength=face_strength,
            guidance_scale=guidance_scale,
            identity_strength=identity_strength,
            image_strength=image_strength,
            negative_prompt=negative_prompt,
            number_of_images=number_of_images,
            seed=seed,
            style_strength=style_strength,
        )

        return omni_zero_input

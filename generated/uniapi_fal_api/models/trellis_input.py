from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.trellis_input_texture_size import (
    TrellisInputTextureSize,
    check_trellis_input_texture_size,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .trellis_output import TrellisOutput  # noqa: F401


T = TypeVar("T", bound="TrellisInput")


@_attrs_define
class TrellisInput(FalInput["TrellisOutput"], endpoint="fal-ai/trellis"):
    """Input of `fal-ai/trellis` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript types):
    types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    mesh_simplify: float | Unset = UNSET
    """Number. Server default: 0.95."""
    seed: float | Unset = UNSET
    """Number."""
    slat_guidance_strength: float | Unset = UNSET
    """Number. Server default: 3."""
    slat_sampling_steps: float | Unset = UNSET
    """Number. Server default: 12."""
    ss_guidance_strength: float | Unset = UNSET
    """Number. Server default: 7.5."""
    ss_sampling_steps: float | Unset = UNSET
    """Number. Server default: 12."""
    texture_size: TrellisInputTextureSize | Unset = UNSET
    """One of 512, 1024, 2048."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        mesh_simplify = self.mesh_simplify

        seed = self.seed

        slat_guidance_strength = self.slat_guidance_strength

        slat_sampling_steps = self.slat_sampling_steps

        ss_guidance_strength = self.ss_guidance_strength

        ss_sampling_steps = self.ss_sampling_steps

        texture_size: int | Unset = UNSET
        if not isinstance(self.texture_size, Unset):
            texture_size = self.texture_size

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if mesh_simplify is not UNSET:
            field_dict["mesh_simplify"] = mesh_simplify
        if seed is not UNSET:
            field_dict["seed"] = seed
        if slat_guidance_strength is not UNSET:
            field_dict["slat_guidance_strength"] = slat_guidance_strength
        if slat_sampling_steps is not UNSET:
            field_dict["slat_sampling_steps"] = slat_sampling_steps
        if ss_guidance_strength is not UNSET:
            field_dict["ss_guidance_strength"] = ss_guidance_strength
        if ss_sampling_steps is not UNSET:
            field_dict["ss_sampling_steps"] = ss_sampling_steps
        if texture_size is not UNSET:
            field_dict["texture_size"] = texture_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        mesh_simplify = d.pop("mesh_simplify", UNSET)

        seed = d.pop("seed", UNSET)

        slat_guidance_strength = d.pop("slat_guidance_strength", UNSET)

        slat_sampling_steps = d.pop("slat_sampling_steps", UNSET)

        ss_guidance_strength = d.pop("ss_guidance_strength", UNSET)

        ss_sampling_steps = d.pop("ss_sampling_steps", UNSET)

        _texture_size = d.pop("texture_size", UNSET)
        texture_size: TrellisInputTextureSize | Unset
        if isinstance(_texture_size, Unset):
            texture_size = UNSET
        else:
            texture_size = check_trellis_input_texture_size(_texture_size)

        trellis_input = cls(
            image_url=image_url,
            mesh_simplify=mesh_simplify,
            seed=seed,
            slat_guidance_strength=slat_guidance_strength,
            slat_sampling_steps=slat_sampling_steps,
            ss_guidance_strength=ss_guidance_strength,
            ss_sampling_steps=ss_sampling_steps,
            texture_size=texture_size,
        )

        return trellis_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.trellis_2_retexture_input_resolution import (
    Trellis2RetextureInputResolution,
    check_trellis_2_retexture_input_resolution,
)
from ..models.trellis_2_retexture_input_texture_size import (
    Trellis2RetextureInputTextureSize,
    check_trellis_2_retexture_input_texture_size,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .trellis_2_retexture_output import Trellis2RetextureOutput  # noqa: F401


T = TypeVar("T", bound="Trellis2RetextureInput")


@_attrs_define
class Trellis2RetextureInput(
    FalInput["Trellis2RetextureOutput"], endpoint="fal-ai/trellis-2/retexture"
):
    """Input of `fal-ai/trellis-2/retexture` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    mesh_url: str
    """URL or local file."""
    resolution: Trellis2RetextureInputResolution | Unset = UNSET
    """One of 512, 1024."""
    seed: float | Unset = UNSET
    """Number."""
    tex_slat_guidance_interval_end: float | Unset = UNSET
    """Number. Server default: 0.9."""
    tex_slat_guidance_interval_start: float | Unset = UNSET
    """Number. Server default: 0.6."""
    tex_slat_guidance_rescale: float | Unset = UNSET
    """Number."""
    tex_slat_guidance_strength: float | Unset = UNSET
    """Number. Server default: 1."""
    tex_slat_rescale_t: float | Unset = UNSET
    """Number. Server default: 3."""
    tex_slat_sampling_steps: float | Unset = UNSET
    """Number. Server default: 12."""
    texture_size: Trellis2RetextureInputTextureSize | Unset = UNSET
    """One of 1024, 2048, 4096."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        mesh_url = self.mesh_url

        resolution: int | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        seed = self.seed

        tex_slat_guidance_interval_end = self.tex_slat_guidance_interval_end

        tex_slat_guidance_interval_start = self.tex_slat_guidance_interval_start

        tex_slat_guidance_rescale = self.tex_slat_guidance_rescale

        tex_slat_guidance_strength = self.tex_slat_guidance_strength

        tex_slat_rescale_t = self.tex_slat_rescale_t

        tex_slat_sampling_steps = self.tex_slat_sampling_steps

        texture_size: int | Unset = UNSET
        if not isinstance(self.texture_size, Unset):
            texture_size = self.texture_size

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "mesh_url": mesh_url,
            }
        )
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if seed is not UNSET:
            field_dict["seed"] = seed
        if tex_slat_guidance_interval_end is not UNSET:
            field_dict["tex_slat_guidance_interval_end"] = tex_slat_guidance_interval_end
        if tex_slat_guidance_interval_start is not UNSET:
            field_dict["tex_slat_guidance_interval_start"] = tex_slat_guidance_interval_start
        if tex_slat_guidance_rescale is not UNSET:
            field_dict["tex_slat_guidance_rescale"] = tex_slat_guidance_rescale
        if tex_slat_guidance_strength is not UNSET:
            field_dict["tex_slat_guidance_strength"] = tex_slat_guidance_strength
        if tex_slat_rescale_t is not UNSET:
            field_dict["tex_slat_rescale_t"] = tex_slat_rescale_t
        if tex_slat_sampling_steps is not UNSET:
            field_dict["tex_slat_sampling_steps"] = tex_slat_sampling_steps
        if texture_size is not UNSET:
            field_dict["texture_size"] = texture_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        mesh_url = d.pop("mesh_url")

        _resolution = d.pop("resolution", UNSET)
        resolution: Trellis2RetextureInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_trellis_2_retexture_input_resolution(_resolution)

        seed = d.pop("seed", UNSET)

        tex_slat_guidance_interval_end = d.pop("tex_slat_guidance_interval_end", UNSET)

        tex_slat_guidance_interval_start = d.pop("tex_slat_guidance_interval_start", UNSET)

        tex_slat_guidance_rescale = d.pop("tex_slat_guidance_rescale", UNSET)

        tex_slat_guidance_strength = d.pop("tex_slat_guidance_strength", UNSET)

        tex_slat_rescale_t = d.pop("tex_slat_rescale_t", UNSET)

        tex_slat_sampling_steps = d.pop("tex_slat_sampling_steps", UNSET)

        _texture_size = d.pop("texture_size", UNSET)
        texture_size: Trellis2RetextureInputTextureSize | Unset
        if isinstance(_texture_size, Unset):
            texture_size = UNSET
        else:
            texture_size = check_trellis_2_retexture_input_texture_size(_texture_size)

        trellis_2_retexture_input = cls(
            image_url=image_url,
            mesh_url=mesh_url,
            resolution=resolution,
            seed=seed,
            tex_slat_guidance_interval_end=tex_slat_guidance_interval_end,
            tex_slat_guidance_interval_start=tex_slat_guidance_interval_start,
            tex_slat_guidance_rescale=tex_slat_guidance_rescale,
            tex_slat_guidance_strength=tex_slat_guidance_strength,
            tex_slat_rescale_t=tex_slat_rescale_t,
            tex_slat_sampling_steps=tex_slat_sampling_steps,
            texture_size=texture_size,
        )

        return trellis_2_retexture_input

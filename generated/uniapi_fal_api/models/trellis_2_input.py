from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.trellis_2_input_resolution import (
    Trellis2InputResolution,
    check_trellis_2_input_resolution,
)
from ..models.trellis_2_input_texture_size import (
    Trellis2InputTextureSize,
    check_trellis_2_input_texture_size,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .trellis_2_output import Trellis2Output  # noqa: F401


T = TypeVar("T", bound="Trellis2Input")


@_attrs_define
class Trellis2Input(FalInput["Trellis2Output"], endpoint="fal-ai/trellis-2"):
    """Input of `fal-ai/trellis-2` (image-to-3d)."""

    image_url: str
    """Image Url: string."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    resolution: Trellis2InputResolution | Unset = UNSET
    """Resolution: one of 512, 1024, 1536. Server default: 1024."""
    ss_guidance_strength: float | Unset = UNSET
    """Ss Guidance Strength: number, 0 to 10. Server default: 7.5."""
    ss_guidance_rescale: float | Unset = UNSET
    """Ss Guidance Rescale: number, 0 to 1. Server default: 0.7."""
    ss_sampling_steps: int | Unset = UNSET
    """Ss Sampling Steps: integer, 1 to 50. Server default: 12."""
    ss_rescale_t: float | Unset = UNSET
    """Ss Rescale T: number, 1 to 6. Server default: 5."""
    shape_slat_guidance_strength: float | Unset = UNSET
    """Shape Slat Guidance Strength: number, 0 to 10. Server default: 7.5."""
    shape_slat_guidance_rescale: float | Unset = UNSET
    """Shape Slat Guidance Rescale: number, 0 to 1. Server default: 0.5."""
    shape_slat_sampling_steps: int | Unset = UNSET
    """Shape Slat Sampling Steps: integer, 1 to 50. Server default: 12."""
    shape_slat_rescale_t: float | Unset = UNSET
    """Shape Slat Rescale T: number, 1 to 6. Server default: 3."""
    tex_slat_guidance_strength: float | Unset = UNSET
    """Tex Slat Guidance Strength: number, 0 to 10. Server default: 1."""
    tex_slat_guidance_rescale: float | Unset = UNSET
    """Tex Slat Guidance Rescale: number, 0 to 1. Server default: 0."""
    tex_slat_sampling_steps: int | Unset = UNSET
    """Tex Slat Sampling Steps: integer, 1 to 50. Server default: 12."""
    tex_slat_rescale_t: float | Unset = UNSET
    """Tex Slat Rescale T: number, 1 to 6. Server default: 3."""
    decimation_target: int | Unset = UNSET
    """Decimation Target: integer, 100,000 to 2,000,000. Server default: 500000."""
    texture_size: Trellis2InputTextureSize | Unset = UNSET
    """Texture Size: one of 1024, 2048, 4096. Server default: 2048."""
    remesh: bool | Unset = UNSET
    """Remesh: boolean. Server default: true."""
    remesh_band: float | Unset = UNSET
    """Remesh Band: number, 0 to 4. Server default: 1."""
    remesh_project: float | Unset = UNSET
    """Remesh Project: number, 0 to 1. Server default: 0."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        seed = self.seed

        resolution: int | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        ss_guidance_strength = self.ss_guidance_strength

        ss_guidance_rescale = self.ss_guidance_rescale

        ss_sampling_steps = self.ss_sampling_steps

        ss_rescale_t = self.ss_rescale_t

        shape_slat_guidance_strength = self.shape_slat_guidance_strength

        shape_slat_guidance_rescale = self.shape_slat_guidance_rescale

        shape_slat_sampling_steps = self.shape_slat_sampling_steps

        shape_slat_rescale_t = self.shape_slat_rescale_t

        tex_slat_guidance_strength = self.tex_slat_guidance_strength

        tex_slat_guidance_rescale = self.tex_slat_guidance_rescale

        tex_slat_sampling_steps = self.tex_slat_sampling_steps

        tex_slat_rescale_t = self.tex_slat_rescale_t

        decimation_target = self.decimation_target

        texture_size: int | Unset = UNSET
        if not isinstance(self.texture_size, Unset):
            texture_size = self.texture_size

        remesh = self.remesh

        remesh_band = self.remesh_band

        remesh_project = self.remesh_project

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if seed is not UNSET:
            field_dict["seed"] = seed
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if ss_guidance_strength is not UNSET:
            field_dict["ss_guidance_strength"] = ss_guidance_strength
        if ss_guidance_rescale is not UNSET:
            field_dict["ss_guidance_rescale"] = ss_guidance_rescale
        if ss_sampling_steps is not UNSET:
            field_dict["ss_sampling_steps"] = ss_sampling_steps
        if ss_rescale_t is not UNSET:
            field_dict["ss_rescale_t"] = ss_rescale_t
        if shape_slat_guidance_strength is not UNSET:
            field_dict["shape_slat_guidance_strength"] = shape_slat_guidance_strength
        if shape_slat_guidance_rescale is not UNSET:
            field_dict["shape_slat_guidance_rescale"] = shape_slat_guidance_rescale
        if shape_slat_sampling_steps is not UNSET:
            field_dict["shape_slat_sampling_steps"] = shape_slat_sampling_steps
        if shape_slat_rescale_t is not UNSET:
            field_dict["shape_slat_rescale_t"] = shape_slat_rescale_t
        if tex_slat_guidance_strength is not UNSET:
            field_dict["tex_slat_guidance_strength"] = tex_slat_guidance_strength
        if tex_slat_guidance_rescale is not UNSET:
            field_dict["tex_slat_guidance_rescale"] = tex_slat_guidance_rescale
        if tex_slat_sampling_steps is not UNSET:
            field_dict["tex_slat_sampling_steps"] = tex_slat_sampling_steps
        if tex_slat_rescale_t is not UNSET:
            field_dict["tex_slat_rescale_t"] = tex_slat_rescale_t
        if decimation_target is not UNSET:
            field_dict["decimation_target"] = decimation_target
        if texture_size is not UNSET:
            field_dict["texture_size"] = texture_size
        if remesh is not UNSET:
            field_dict["remesh"] = remesh
        if remesh_band is not UNSET:
            field_dict["remesh_band"] = remesh_band
        if remesh_project is not UNSET:
            field_dict["remesh_project"] = remesh_project

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        seed = d.pop("seed", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: Trellis2InputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_trellis_2_input_resolution(_resolution)

        ss_guidance_strength = d.pop("ss_guidance_strength", UNSET)

        ss_guidance_rescale = d.pop("ss_guidance_rescale", UNSET)

        ss_sampling_steps = d.pop("ss_sampling_steps", UNSET)

        ss_rescale_t = d.pop("ss_rescale_t", UNSET)

        shape_slat_guidance_strength = d.pop("shape_slat_guidance_strength", UNSET)

        shape_slat_guidance_rescale = d.pop("shape_slat_guidance_rescale", UNSET)

        shape_slat_sampling_steps = d.pop("shape_slat_sampling_steps", UNSET)

        shape_slat_rescale_t = d.pop("shape_slat_rescale_t", UNSET)

        tex_slat_guidance_strength = d.pop("tex_slat_guidance_strength", UNSET)

        tex_slat_guidance_rescale = d.pop("tex_slat_guidance_rescale", UNSET)

        tex_slat_sampling_steps = d.pop("tex_slat_sampling_steps", UNSET)

        tex_slat_rescale_t = d.pop("tex_slat_rescale_t", UNSET)

        decimation_target = d.pop("decimation_target", UNSET)

        _texture_size = d.pop("texture_size", UNSET)
        texture_size: Trellis2InputTextureSize | Unset
        if isinstance(_texture_size, Unset):
            texture_size = UNSET
        else:
            texture_size = check_trellis_2_input_texture_size(_texture_size)

        remesh = d.pop("remesh", UNSET)

        remesh_band = d.pop("remesh_band", UNSET)

        remesh_project = d.pop("remesh_project", UNSET)

        trellis_2_input = cls(
            image_url=image_url,
            seed=seed,
            resolution=resolution,
            ss_guidance_strength=ss_guidance_strength,
            ss_guidance_rescale=ss_guidance_rescale,
            ss_sampling_steps=ss_sampling_steps,
            ss_rescale_t=ss_rescale_t,
            shape_slat_guidance_strength=shape_slat_guidance_strength,
            shape_slat_guidance_rescale=shape_slat_guidance_rescale,
            shape_slat_sampling_steps=shape_slat_sampling_steps,
            shape_slat_rescale_t=shape_slat_rescale_t,
            tex_slat_guidance_strength=tex_slat_guidance_strength,
            tex_slat_guidance_rescale=tex_slat_guidance_rescale,
            tex_slat_sampling_steps=tex_slat_sampling_steps,
            tex_slat_rescale_t=tex_slat_rescale_t,
            decimation_target=decimation_target,
            texture_size=texture_size,
            remesh=remesh,
            remesh_band=remesh_band,
            remesh_project=remesh_project,
        )

        return trellis_2_input

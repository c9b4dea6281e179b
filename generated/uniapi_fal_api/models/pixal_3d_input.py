from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.pixal_3d_input_resolution import (
    Pixal3DInputResolution,
    check_pixal_3d_input_resolution,
)
from ..models.pixal_3d_input_texture_size import (
    Pixal3DInputTextureSize,
    check_pixal_3d_input_texture_size,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .pixal_3d_output import Pixal3DOutput  # noqa: F401


T = TypeVar("T", bound="Pixal3DInput")


@_attrs_define
class Pixal3DInput(FalInput["Pixal3DOutput"], endpoint="fal-ai/pixal3d"):
    """Input of `fal-ai/pixal3d` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript types):
    types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    decimation_target: float | Unset = UNSET
    """Number. Server default: 200000."""
    max_num_tokens: float | Unset = UNSET
    """Number. Server default: 49152."""
    mesh_scale: float | Unset = UNSET
    """Number. Server default: 1."""
    remesh: bool | Unset = UNSET
    """Boolean. Server default: true."""
    resolution: Pixal3DInputResolution | Unset = UNSET
    """One of 1024, 1536."""
    seed: float | Unset = UNSET
    """Number."""
    shape_slat_guidance_rescale: float | Unset = UNSET
    """Number. Server default: 0.5."""
    shape_slat_guidance_strength: float | Unset = UNSET
    """Number. Server default: 7.5."""
    shape_slat_rescale_t: float | Unset = UNSET
    """Number. Server default: 3."""
    shape_slat_sampling_steps: float | Unset = UNSET
    """Number. Server default: 12."""
    ss_guidance_rescale: float | Unset = UNSET
    """Number. Server default: 0.7."""
    ss_guidance_strength: float | Unset = UNSET
    """Number. Server default: 7.5."""
    ss_rescale_t: float | Unset = UNSET
    """Number. Server default: 5."""
    ss_sampling_steps: float | Unset = UNSET
    """Number. Server default: 12."""
    tex_slat_guidance_rescale: float | Unset = UNSET
    """Number."""
    tex_slat_guidance_strength: float | Unset = UNSET
    """Number. Server default: 1."""
    tex_slat_rescale_t: float | Unset = UNSET
    """Number. Server default: 3."""
    tex_slat_sampling_steps: float | Unset = UNSET
    """Number. Server default: 12."""
    texture_size: Pixal3DInputTextureSize | Unset = UNSET
    """One of 1024, 2048, 4096."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        decimation_target = self.decimation_target

        max_num_tokens = self.max_num_tokens

        mesh_scale = self.mesh_scale

        remesh = self.remesh

        resolution: int | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        seed = self.seed

        shape_slat_guidance_rescale = self.shape_slat_guidance_rescale

        shape_slat_guidance_strength = self.shape_slat_guidance_strength

        shape_slat_rescale_t = self.shape_slat_rescale_t

        shape_slat_sampling_steps = self.shape_slat_sampling_steps

        ss_guidance_rescale = self.ss_guidance_rescale

        ss_guidance_strength = self.ss_guidance_strength

        ss_rescale_t = self.ss_rescale_t

        ss_sampling_steps = self.ss_sampling_steps

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
            }
        )
        if decimation_target is not UNSET:
            field_dict["decimation_target"] = decimation_target
        if max_num_tokens is not UNSET:
            field_dict["max_num_tokens"] = max_num_tokens
        if mesh_scale is not UNSET:
            field_dict["mesh_scale"] = mesh_scale
        if remesh is not UNSET:
            field_dict["remesh"] = remesh
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if seed is not UNSET:
            field_dict["seed"] = seed
        if shape_slat_guidance_rescale is not UNSET:
            field_dict["shape_slat_guidance_rescale"] = shape_slat_guidance_rescale
        if shape_slat_guidance_strength is not UNSET:
            field_dict["shape_slat_guidance_strength"] = shape_slat_guidance_strength
        if shape_slat_rescale_t is not UNSET:
            field_dict["shape_slat_rescale_t"] = shape_slat_rescale_t
        if shape_slat_sampling_steps is not UNSET:
            field_dict["shape_slat_sampling_steps"] = shape_slat_sampling_steps
        if ss_guidance_rescale is not UNSET:
            field_dict["ss_guidance_rescale"] = ss_guidance_rescale
        if ss_guidance_strength is not UNSET:
            field_dict["ss_guidance_strength"] = ss_guidance_strength
        if ss_rescale_t is not UNSET:
            field_dict["ss_rescale_t"] = ss_rescale_t
        if ss_sampling_steps is not UNSET:
            field_dict["ss_sampling_steps"] = ss_sampling_steps
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

        decimation_target = d.pop("decimation_target", UNSET)

        max_num_tokens = d.pop("max_num_tokens", UNSET)

        mesh_scale = d.pop("mesh_scale", UNSET)

        remesh = d.pop("remesh", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: Pixal3DInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_pixal_3d_input_resolution(_resolution)

        seed = d.pop("seed", UNSET)

        shape_slat_guidance_rescale = d.pop("shape_slat_guidance_rescale", UNSET)

        shape_slat_guidance_strength = d.pop("shape_slat_guidance_strength", UNSET)

        shape_slat_rescale_t = d.pop("shape_slat_rescale_t", UNSET)

        shape_slat_sampling_steps = d.pop("shape_slat_sampling_steps", UNSET)

        ss_guidance_rescale = d.pop("ss_guidance_rescale", UNSET)

        ss_guidance_strength = d.pop("ss_guidance_strength", UNSET)

        ss_rescale_t = d.pop("ss_rescale_t", UNSET)

        ss_sampling_steps = d.pop("ss_sampling_steps", UNSET)

        tex_slat_guidance_rescale = d.pop("tex_slat_guidance_rescale", UNSET)

        tex_slat_guidance_strength = d.pop("tex_slat_guidance_strength", UNSET)

        tex_slat_rescale_t = d.pop("tex_slat_rescale_t", UNSET)

        tex_slat_sampling_steps = d.pop("tex_slat_sampling_steps", UNSET)

        _texture_size = d.pop("texture_size", UNSET)
        texture_size: Pixal3DInputTextureSize | Unset
        if isinstance(_texture_size, Unset):
            texture_size = UNSET
        else:
            texture_size = check_pixal_3d_input_texture_size(_texture_size)

        pixal_3d_input = cls(
            image_url=image_url,
            decimation_target=decimation_target,
            max_num_tokens=max_num_tokens,
            mesh_scale=mesh_scale,
            remesh=remesh,
            resolution=resolution,
            seed=seed,
            shape_slat_guidance_rescale=shape_slat_guidance_rescale,
            shape_slat_guidance_strength=shape_slat_guidance_strength,
            shape_slat_rescale_t=shape_slat_rescale_t,
            shape_slat_sampling_steps=shape_slat_sampling_steps,
            ss_guidance_rescale=ss_guidance_rescale,
            ss_guidance_strength=ss_guidance_strength,
            ss_rescale_t=ss_rescale_t,
            ss_sampling_steps=ss_sampling_steps,
            tex_slat_guidance_rescale=tex_slat_guidance_rescale,
            tex_slat_guidance_strength=tex_slat_guidance_strength,
            tex_slat_rescale_t=tex_slat_rescale_t,
            tex_slat_sampling_steps=tex_slat_sampling_steps,
            texture_size=texture_size,
        )

        return pixal_3d_input

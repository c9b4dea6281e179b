from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.trellis_2_lora_input_resolution import (
    Trellis2LoraInputResolution,
    check_trellis_2_lora_input_resolution,
)
from ..models.trellis_2_lora_input_texture_size import (
    Trellis2LoraInputTextureSize,
    check_trellis_2_lora_input_texture_size,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .trellis_2_lora_output import Trellis2LoraOutput  # noqa: F401


T = TypeVar("T", bound="Trellis2LoraInput")


@_attrs_define
class Trellis2LoraInput(FalInput["Trellis2LoraOutput"], endpoint="fal-ai/trellis-2-lora"):
    """Input of `fal-ai/trellis-2-lora` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    decimation_target: float | Unset = UNSET
    """Number. Server default: 500000."""
    geometry_lora_url: str | Unset = UNSET
    """URL or local file."""
    resolution: Trellis2LoraInputResolution | Unset = UNSET
    """One of 512, 1024."""
    seed: float | Unset = UNSET
    """Number."""
    shape_slat_guidance_interval_end: float | Unset = UNSET
    """Number. Server default: 1."""
    shape_slat_guidance_interval_start: float | Unset = UNSET
    """Number. Server default: 0.6."""
    shape_slat_guidance_rescale: float | Unset = UNSET
    """Number. Server default: 0.5."""
    shape_slat_guidance_strength: float | Unset = UNSET
    """Number. Server default: 7.5."""
    shape_slat_rescale_t: float | Unset = UNSET
    """Number. Server default: 3."""
    shape_slat_sampling_steps: float | Unset = UNSET
    """Number. Server default: 12."""
    sparse_structure_lora_url: str | Unset = UNSET
    """URL or local file."""
    ss_guidance_interval_end: float | Unset = UNSET
    """Number. Server default: 1."""
    ss_guidance_interval_start: float | Unset = UNSET
    """Number. Server default: 0.6."""
    ss_guidance_rescale: float | Unset = UNSET
    """Number. Server default: 0.7."""
    ss_guidance_strength: float | Unset = UNSET
    """Number. Server default: 7.5."""
    ss_rescale_t: float | Unset = UNSET
    """Number. Server default: 5."""
    ss_sampling_steps: float | Unset = UNSET
    """Number. Server default: 12."""
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
    texture_lora_url: str | Unset = UNSET
    """URL or local file."""
    texture_size: Trellis2LoraInputTextureSize | Unset = UNSET
    """One of 1024, 2048, 4096."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        decimation_target = self.decimation_target

        geometry_lora_url = self.geometry_lora_url

        resolution: int | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        seed = self.seed

        shape_slat_guidance_interval_end = self.shape_slat_guidance_interval_end

        shape_slat_guidance_interval_start = self.shape_slat_guidance_interval_start

        shape_slat_guidance_rescale = self.shape_slat_guidance_rescale

        shape_slat_guidance_strength = self.shape_slat_guidance_strength

        shape_slat_rescale_t = self.shape_slat_rescale_t

        shape_slat_sampling_steps = self.shape_slat_sampling_steps

        sparse_structure_lora_url = self.sparse_structure_lora_url

        ss_guidance_interval_end = self.ss_guidance_interval_end

        ss_guidance_interval_start = self.ss_guidance_interval_start

        ss_guidance_rescale = self.ss_guidance_rescale

        ss_guidance_strength = self.ss_guidance_strength

        ss_rescale_t = self.ss_rescale_t

        ss_sampling_steps = self.ss_sampling_steps

        tex_slat_guidance_interval_end = self.tex_slat_guidance_interval_end

        tex_slat_guidance_interval_start = self.tex_slat_guidance_interval_start

        tex_slat_guidance_rescale = self.tex_slat_guidance_rescale

        tex_slat_guidance_strength = self.tex_slat_guidance_strength

        tex_slat_rescale_t = self.tex_slat_rescale_t

        tex_slat_sampling_steps = self.tex_slat_sampling_steps

        texture_lora_url = self.texture_lora_url

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
        if geometry_lora_url is not UNSET:
            field_dict["geometry_lora_url"] = geometry_lora_url
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if seed is not UNSET:
            field_dict["seed"] = seed
        if shape_slat_guidance_interval_end is not UNSET:
            field_dict["shape_slat_guidance_interval_end"] = shape_slat_guidance_interval_end
        if shape_slat_guidance_interval_start is not UNSET:
            field_dict["shape_slat_guidance_interval_start"] = shape_slat_guidance_interval_start
        if shape_slat_guidance_rescale is not UNSET:
            field_dict["shape_slat_guidance_rescale"] = shape_slat_guidance_rescale
        if shape_slat_guidance_strength is not UNSET:
            field_dict["shape_slat_guidance_strength"] = shape_slat_guidance_strength
        if shape_slat_rescale_t is not UNSET:
            field_dict["shape_slat_rescale_t"] = shape_slat_rescale_t
        if shape_slat_sampling_steps is not UNSET:
            field_dict["shape_slat_sampling_steps"] = shape_slat_sampling_steps
        if sparse_structure_lora_url is not UNSET:
            field_dict["sparse_structure_lora_url"] = sparse_structure_lora_url
        if ss_guidance_interval_end is not UNSET:
            field_dict["ss_guidance_interval_end"] = ss_guidance_interval_end
        if ss_guidance_interval_start is not UNSET:
            field_dict["ss_guidance_interval_start"] = ss_guidance_interval_start
        if ss_guidance_rescale is not UNSET:
            field_dict["ss_guidance_rescale"] = ss_guidance_rescale
        if ss_guidance_strength is not UNSET:
            field_dict["ss_guidance_strength"] = ss_guidance_strength
        if ss_rescale_t is not UNSET:
            field_dict["ss_rescale_t"] = ss_rescale_t
        if ss_sampling_steps is not UNSET:
            field_dict["ss_sampling_steps"] = ss_sampling_steps
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
        if texture_lora_url is not UNSET:
            field_dict["texture_lora_url"] = texture_lora_url
        if texture_size is not UNSET:
            field_dict["texture_size"] = texture_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        decimation_target = d.pop("decimation_target", UNSET)

        geometry_lora_url = d.pop("geometry_lora_url", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: Trellis2LoraInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_trellis_2_lora_input_resolution(_resolution)

        seed = d.pop("seed", UNSET)

        shape_slat_guidance_interval_end = d.pop("shape_slat_guidance_interval_end", UNSET)

        shape_slat_guidance_interval_start = d.pop("shape_slat_guidance_interval_start", UNSET)

        shape_slat_guidance_rescale = d.pop("shape_slat_guidance_rescale", UNSET)

        shape_slat_guidance_strength = d.pop("shape_slat_guidance_strength", UNSET)

        shape_slat_rescale_t = d.pop("shape_slat_rescale_t", UNSET)

        shape_slat_sampling_steps = d.pop("shape_slat_sampling_steps", UNSET)

        sparse_structure_lora_url = d.pop("sparse_structure_lora_url", UNSET)

        ss_guidance_interval_end = d.pop("ss_guidance_interval_end", UNSET)

        ss_guidance_interval_start = d.pop("ss_guidance_interval_start", UNSET)

        ss_guidance_rescale = d.pop("ss_guidance_rescale", UNSET)

        ss_guidance_strength = d.pop("ss_guidance_strength", UNSET)

        ss_rescale_t = d.pop("ss_rescale_t", UNSET)

        ss_sampling_steps = d.pop("ss_sampling_steps", UNSET)

        tex_slat_guidance_interval_end = d.pop("tex_slat_guidance_interval_end", UNSET)

        tex_slat_guidance_interval_start = d.pop("tex_slat_guidance_interval_start", UNSET)

        tex_slat_guidance_rescale = d.pop("tex_slat_guidance_rescale", UNSET)

        tex_slat_guidance_strength = d.pop("tex_slat_guidance_strength", UNSET)

        tex_slat_rescale_t = d.pop("tex_slat_rescale_t", UNSET)

        tex_slat_sampling_steps = d.pop("tex_slat_sampling_steps", UNSET)

        texture_lora_url = d.pop("texture_lora_url", UNSET)

        _texture_size = d.pop("texture_size", UNSET)
        texture_size: Trellis2LoraInputTextureSize | Unset
        if isinstance(_texture_size, Unset):
            texture_size = UNSET
        else:
            texture_size = check_trellis_2_lora_input_texture_size(_texture_size)

        trellis_2_lora_input = cls(
            image_url=image_url,
            decimation_target=decimation_target,
            geometry_lora_url=geometry_lora_url,
            resolution=resolution,
            seed=seed,
            shape_slat_guidance_interval_end=shape_slat_guidance_interval_end,
            shape_slat_guidance_interval_start=shape_slat_guidance_interval_start,
            shape_slat_guidance_rescale=shape_slat_guidance_rescale,
            shape_slat_guidance_strength=shape_slat_guidance_strength,
            shape_slat_rescale_t=shape_slat_rescale_t,
            shape_slat_sampling_steps=shape_slat_sampling_steps,
            sparse_structure_lora_url=sparse_structure_lora_url,
            ss_guidance_interval_end=ss_guidance_interval_end,
            ss_guidance_interval_start=ss_guidance_interval_start,
            ss_guidance_rescale=ss_guidance_rescale,
            ss_guidance_strength=ss_guidance_strength,
            ss_rescale_t=ss_rescale_t,
            ss_sampling_steps=ss_sampling_steps,
            tex_slat_guidance_interval_end=tex_slat_guidance_interval_end,
            tex_slat_guidance_interval_start=tex_slat_guidance_interval_start,
            tex_slat_guidance_rescale=tex_slat_guidance_rescale,
            tex_slat_guidance_strength=tex_slat_guidance_strength,
            tex_slat_rescale_t=tex_slat_rescale_t,
            tex_slat_sampling_steps=tex_slat_sampling_steps,
            texture_lora_url=texture_lora_url,
            texture_size=texture_size,
        )

        return trellis_2_lora_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.trellis_multi_input_multiimage_algo import (
    TrellisMultiInputMultiimageAlgo,
    check_trellis_multi_input_multiimage_algo,
)
from ..models.trellis_multi_input_texture_size import (
    TrellisMultiInputTextureSize,
    check_trellis_multi_input_texture_size,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .trellis_multi_output import TrellisMultiOutput  # noqa: F401


T = TypeVar("T", bound="TrellisMultiInput")


@_attrs_define
class TrellisMultiInput(FalInput["TrellisMultiOutput"], endpoint="fal-ai/trellis/multi"):
    """Input of `fal-ai/trellis/multi` (image-to-3d)."""

    image_urls: list[str]
    """Image Urls: list of string."""
    seed: int | None | Unset = UNSET
    """Seed: integer or None."""
    ss_guidance_strength: float | Unset = UNSET
    """Ss Guidance Strength: number, 0 to 10. Server default: 7.5."""
    ss_sampling_steps: int | Unset = UNSET
    """Ss Sampling Steps: integer, 1 to 50. Server default: 12."""
    slat_guidance_strength: float | Unset = UNSET
    """Slat Guidance Strength: number, 0 to 10. Server default: 3."""
    slat_sampling_steps: int | Unset = UNSET
    """Slat Sampling Steps: integer, 1 to 50. Server default: 12."""
    mesh_simplify: float | Unset = UNSET
    """Mesh Simplify: number, 0.9 to 0.98. Server default: 0.95."""
    texture_size: TrellisMultiInputTextureSize | Unset = UNSET
    """Texture Size: one of 512, 1024, 2048. Server default: 1024."""
    multiimage_algo: TrellisMultiInputMultiimageAlgo | Unset = UNSET
    """Multiimage Algo: one of "stochastic", "multidiffusion". Server default: "stochastic"."""

    def to_dict(self) -> dict[str, Any]:
        image_urls = self.image_urls

        seed: int | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        ss_guidance_strength = self.ss_guidance_strength

        ss_sampling_steps = self.ss_sampling_steps

        slat_guidance_strength = self.slat_guidance_strength

        slat_sampling_steps = self.slat_sampling_steps

        mesh_simplify = self.mesh_simplify

        texture_size: int | Unset = UNSET
        if not isinstance(self.texture_size, Unset):
            texture_size = self.texture_size

        multiimage_algo: str | Unset = UNSET
        if not isinstance(self.multiimage_algo, Unset):
            multiimage_algo = self.multiimage_algo

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_urls": image_urls,
            }
        )
        if seed is not UNSET:
            field_dict["seed"] = seed
        if ss_guidance_strength is not UNSET:
            field_dict["ss_guidance_strength"] = ss_guidance_strength
        if ss_sampling_steps is not UNSET:
            field_dict["ss_sampling_steps"] = ss_sampling_steps
        if slat_guidance_strength is not UNSET:
            field_dict["slat_guidance_strength"] = slat_guidance_strength
        if slat_sampling_steps is not UNSET:
            field_dict["slat_sampling_steps"] = slat_sampling_steps
        if mesh_simplify is not UNSET:
            field_dict["mesh_simplify"] = mesh_simplify
        if texture_size is not UNSET:
            field_dict["texture_size"] = texture_size
        if multiimage_algo is not UNSET:
            field_dict["multiimage_algo"] = multiimage_algo

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_urls = cast(list[str], d.pop("image_urls"))

        def _parse_seed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        seed = _parse_seed(d.pop("seed", UNSET))

        ss_guidance_strength = d.pop("ss_guidance_strength", UNSET)

        ss_sampling_steps = d.pop("ss_sampling_steps", UNSET)

        slat_guidance_strength = d.pop("slat_guidance_strength", UNSET)

        slat_sampling_steps = d.pop("slat_sampling_steps", UNSET)

        mesh_simplify = d.pop("mesh_simplify", UNSET)

        _texture_size = d.pop("texture_size", UNSET)
        texture_size: TrellisMultiInputTextureSize | Unset
        if isinstance(_texture_size, Unset):
            texture_size = UNSET
        else:
            texture_size = check_trellis_multi_input_texture_size(_texture_size)

        _multiimage_algo = d.pop("multiimage_algo", UNSET)
        multiimage_algo: TrellisMultiInputMultiimageAlgo | Unset
        if isinstance(_multiimage_algo, Unset):
            multiimage_algo = UNSET
        else:
            multiimage_algo = check_trellis_multi_input_multiimage_algo(_multiimage_algo)

        trellis_multi_input = cls(
            image_urls=image_urls,
            seed=seed,
            ss_guidance_strength=ss_guidance_strength,
            ss_sampling_steps=ss_sampling_steps,
            slat_guidance_strength=slat_guidance_strength,
            slat_sampling_steps=slat_sampling_steps,
            mesh_simplify=mesh_simplify,
            texture_size=texture_size,
            multiimage_algo=multiimage_algo,
        )

        return trellis_multi_input

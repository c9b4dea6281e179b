from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.ccsr_input_color_fix_type import (
    CcsrInputColorFixType,
    check_ccsr_input_color_fix_type,
)
from ..models.ccsr_input_tile_diffusion import (
    CcsrInputTileDiffusion,
    check_ccsr_input_tile_diffusion,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .ccsr_output import CcsrOutput  # noqa: F401


T = TypeVar("T", bound="CcsrInput")


@_attrs_define
class CcsrInput(FalInput["CcsrOutput"], endpoint="fal-ai/ccsr"):
    """Input of `fal-ai/ccsr` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript types): types,
    enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    color_fix_type: CcsrInputColorFixType | Unset = UNSET
    """One of "none", "wavelet", "adain". Server default: "adain"."""
    scale: float | Unset = UNSET
    """Number. Server default: 2."""
    seed: float | Unset = UNSET
    """Number."""
    steps: float | Unset = UNSET
    """Number. Server default: 50."""
    t_max: float | Unset = UNSET
    """Number. Server default: 0.6667."""
    t_min: float | Unset = UNSET
    """Number. Server default: 0.3333."""
    tile_diffusion: CcsrInputTileDiffusion | Unset = UNSET
    """One of "none", "mix", "gaussian". Server default: "none"."""
    tile_diffusion_size: float | Unset = UNSET
    """Number. Server default: 1024."""
    tile_diffusion_stride: float | Unset = UNSET
    """Number. Server default: 512."""
    tile_vae: bool | Unset = UNSET
    """Boolean."""
    tile_vae_decoder_size: float | Unset = UNSET
    """Number. Server default: 226."""
    tile_vae_encoder_size: float | Unset = UNSET
    """Number. Server default: 1024."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        color_fix_type: str | Unset = UNSET
        if not isinstance(self.color_fix_type, Unset):
            color_fix_type = self.color_fix_type

        scale = self.scale

        seed = self.seed

        steps = self.steps

        t_max = self.t_max

        t_min = self.t_min

        tile_diffusion: str | Unset = UNSET
        if not isinstance(self.tile_diffusion, Unset):
            tile_diffusion = self.tile_diffusion

        tile_diffusion_size = self.tile_diffusion_size

        tile_diffusion_stride = self.tile_diffusion_stride

        tile_vae = self.tile_vae

        tile_vae_decoder_size = self.tile_vae_decoder_size

        tile_vae_encoder_size = self.tile_vae_encoder_size

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if color_fix_type is not UNSET:
            field_dict["color_fix_type"] = color_fix_type
        if scale is not UNSET:
            field_dict["scale"] = scale
        if seed is not UNSET:
            field_dict["seed"] = seed
        if steps is not UNSET:
            field_dict["steps"] = steps
        if t_max is not UNSET:
            field_dict["t_max"] = t_max
        if t_min is not UNSET:
            field_dict["t_min"] = t_min
        if tile_diffusion is not UNSET:
            field_dict["tile_diffusion"] = tile_diffusion
        if tile_diffusion_size is not UNSET:
            field_dict["tile_diffusion_size"] = tile_diffusion_size
        if tile_diffusion_stride is not UNSET:
            field_dict["tile_diffusion_stride"] = tile_diffusion_stride
        if tile_vae is not UNSET:
            field_dict["tile_vae"] = tile_vae
        if tile_vae_decoder_size is not UNSET:
            field_dict["tile_vae_decoder_size"] = tile_vae_decoder_size
        if tile_vae_encoder_size is not UNSET:
            field_dict["tile_vae_encoder_size"] = tile_vae_encoder_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        _color_fix_type = d.pop("color_fix_type", UNSET)
        color_fix_type: CcsrInputColorFixType | Unset
        if isinstance(_color_fix_type, Unset):
            color_fix_type = UNSET
        else:
            color_fix_type = check_ccsr_input_color_fix_type(_color_fix_type)

        scale = d.pop("scale", UNSET)

        seed = d.pop("seed", UNSET)

        steps = d.pop("steps", UNSET)

        t_max = d.pop("t_max", UNSET)

        t_min = d.pop("t_min", UNSET)

        _tile_diffusion = d.pop("tile_diffusion", UNSET)
        tile_diffusion: CcsrInputTileDiffusion | Unset
        if isinstance(_tile_diffusion, Unset):
            tile_diffusion = UNSET
        else:
            tile_diffusion = check_ccsr_input_tile_diffusion(_tile_diffusion)

        tile_diffusion_size = d.pop("tile_diffusion_size", UNSET)

        tile_diffusion_stride = d.pop("tile_diffusion_stride", UNSET)

        tile_vae = d.pop("tile_vae", UNSET)

        tile_vae_decoder_size = d.pop("tile_vae_decoder_size", UNSET)

        tile_vae_encoder_size = d.pop("tile_vae_encoder_size", UNSET)

        ccsr_input = cls(
            image_url=image_url,
            color_fix_type=color_fix_type,
            scale=scale,
            seed=seed,
            steps=steps,
            t_max=t_max,
            t_min=t_min,
            tile_diffusion=tile_diffusion,
            tile_diffusion_size=tile_diffusion_size,
            tile_diffusion_stride=tile_diffusion_stride,
            tile_vae=tile_vae,
            tile_vae_decoder_size=tile_vae_decoder_size,
            tile_vae_encoder_size=tile_vae_encoder_size,
        )

        return ccsr_input

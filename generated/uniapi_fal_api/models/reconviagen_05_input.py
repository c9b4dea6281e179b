from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.reconviagen_05_input_multi_image_strategy import (
    Reconviagen05InputMultiImageStrategy,
    check_reconviagen_05_input_multi_image_strategy,
)
from ..models.reconviagen_05_input_resolution import (
    Reconviagen05InputResolution,
    check_reconviagen_05_input_resolution,
)
from ..models.reconviagen_05_input_ss_source import (
    Reconviagen05InputSsSource,
    check_reconviagen_05_input_ss_source,
)
from ..models.reconviagen_05_input_texture_size import (
    Reconviagen05InputTextureSize,
    check_reconviagen_05_input_texture_size,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .reconviagen_05_output import Reconviagen05Output  # noqa: F401


T = TypeVar("T", bound="Reconviagen05Input")


@_attrs_define
class Reconviagen05Input(FalInput["Reconviagen05Output"], endpoint="fal-ai/reconviagen-0.5"):
    """Input of `fal-ai/reconviagen-0.5` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_urls: list[str]
    """List of string."""
    decimation_target: float | Unset = UNSET
    """Number. Server default: 500000."""
    multi_image_strategy: Reconviagen05InputMultiImageStrategy | Unset = UNSET
    """One of "average_right", "weighted_average", "sequential", "average",
    "adaptive_guidance_weight", "fixed_guidance_rescale". Server default:
    "adaptive_guidance_weight"."""
    resolution: Reconviagen05InputResolution | Unset = UNSET
    """One of 512, 1024, 1536."""
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
    slat_guidance_rescale: float | Unset = UNSET
    """Number. Server default: 0.5."""
    slat_guidance_strength: float | Unset = UNSET
    """Number. Server default: 7.5."""
    slat_rescale_t: float | Unset = UNSET
    """Number. Server default: 3."""
    slat_sampling_steps: float | Unset = UNSET
    """Number. Server default: 12."""
    ss_guidance_rescale: float | Unset = UNSET
    """Number. Server default: 0.7."""
    ss_guidance_strength: float | Unset = UNSET
    """Number. Server default: 7.5."""
    ss_rescale_t: float | Unset = UNSET
    """Number. Server default: 5."""
    ss_sampling_steps: float | Unset = UNSET
    """Number. Server default: 12."""
    ss_source: Reconviagen05InputSsSource | Unset = UNSET
    """One of "direct", "mesh", "mvtrellis2". Server default: "mesh"."""
    tex_slat_guidance_rescale: float | Unset = UNSET
    """Number."""
    tex_slat_guidance_strength: float | Unset = UNSET
    """Number. Server default: 1."""
    tex_slat_rescale_t: float | Unset = UNSET
    """Number. Server default: 3."""
    tex_slat_sampling_steps: float | Unset = UNSET
    """Number. Server default: 12."""
    texture_size: Reconviagen05InputTextureSize | Unset = UNSET
    """One of 1024, 2048, 4096."""

    def to_dict(self) -> dict[str, Any]:
        image_urls = self.image_urls

        decimation_target = self.decimation_target

        multi_image_strategy: str | Unset = UNSET
        if not isinstance(self.multi_image_strategy, Unset):
            multi_image_strategy = self.multi_image_strategy

        resolution: int | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        seed = self.seed

        shape_slat_guidance_rescale = self.shape_slat_guidance_rescale

        shape_slat_guidance_strength = self.shape_slat_guidance_strength

        shape_slat_rescale_t = self.shape_slat_rescale_t

        shape_slat_sampling_steps = self.shape_slat_sampling_steps

        slat_guidance_rescale = self.slat_guidance_rescale

        slat_guidance_strength = self.slat_guidance_strength

        slat_rescale_t = self.slat_rescale_t

        slat_sampling_steps = self.slat_sampling_steps

        ss_guidance_rescale = self.ss_guidance_rescale

        ss_guidance_strength = self.ss_guidance_strength

        ss_rescale_t = self.ss_rescale_t

        ss_sampling_steps = self.ss_sampling_steps

        ss_source: str | Unset = UNSET
        if not isinstance(self.ss_source, Unset):
            ss_source = self.ss_source

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
                "image_urls": image_urls,
            }
        )
        if decimation_target is not UNSET:
            field_dict["decimation_target"] = decimation_target
        if multi_image_strategy is not UNSET:
            field_dict["multi_image_strategy"] = multi_image_strategy
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
        if slat_guidance_rescale is not UNSET:
            field_dict["slat_guidance_rescale"] = slat_guidance_rescale
        if slat_guidance_strength is not UNSET:
            field_dict["slat_guidance_strength"] = slat_guidance_strength
        if slat_rescale_t is not UNSET:
            field_dict["slat_rescale_t"] = slat_rescale_t
        if slat_sampling_steps is not UNSET:
            field_dict["slat_sampling_steps"] = slat_sampling_steps
        if ss_guidance_rescale is not UNSET:
            field_dict["ss_guidance_rescale"] = ss_guidance_rescale
        if ss_guidance_strength is not UNSET:
            field_dict["ss_guidance_strength"] = ss_guidance_strength
        if ss_rescale_t is not UNSET:
            field_dict["ss_rescale_t"] = ss_rescale_t
        if ss_sampling_steps is not UNSET:
            field_dict["ss_sampling_steps"] = ss_sampling_steps
        if ss_source is not UNSET:
            field_dict["ss_source"] = ss_source
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
        image_urls = cast(list[str], d.pop("image_urls"))

        decimation_target = d.pop("decimation_target", UNSET)

        _multi_image_strategy = d.pop("multi_image_strategy", UNSET)
        multi_image_strategy: Reconviagen05InputMultiImageStrategy | Unset
        if isinstance(_multi_image_strategy, Unset):
            multi_image_strategy = UNSET
        else:
            multi_image_strategy = check_reconviagen_05_input_multi_image_strategy(
                _multi_image_strategy
            )

        _resolution = d.pop("resolution", UNSET)
        resolution: Reconviagen05InputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_reconviagen_05_input_resolution(_resolution)

        seed = d.pop("seed", UNSET)

        shape_slat_guidance_rescale = d.pop("shape_slat_guidance_rescale", UNSET)

        shape_slat_guidance_strength = d.pop("shape_slat_guidance_strength", UNSET)

        shape_slat_rescale_t = d.pop("shape_slat_rescale_t", UNSET)

        shape_slat_sampling_steps = d.pop("shape_slat_sampling_steps", UNSET)

        slat_guidance_rescale = d.pop("slat_guidance_rescale", UNSET)

        slat_guidance_strength = d.pop("slat_guidance_strength", UNSET)

        slat_rescale_t = d.pop("slat_rescale_t", UNSET)

        slat_sampling_steps = d.pop("slat_sampling_steps", UNSET)

        ss_guidance_rescale = d.pop("ss_guidance_rescale", UNSET)

        ss_guidance_strength = d.pop("ss_guidance_strength", UNSET)

        ss_rescale_t = d.pop("ss_rescale_t", UNSET)

        ss_sampling_steps = d.pop("ss_sampling_steps", UNSET)

        _ss_source = d.pop("ss_source", UNSET)
        ss_source: Reconviagen05InputSsSource | Unset
        if isinstance(_ss_source, Unset):
            ss_source = UNSET
        else:
            ss_source = check_reconviagen_05_input_ss_source(_ss_source)

        tex_slat_guidance_rescale = d.pop("tex_slat_guidance_rescale", UNSET)

        tex_slat_guidance_strength = d.pop("tex_slat_guidance_strength", UNSET)

        tex_slat_rescale_t = d.pop("tex_slat_rescale_t", UNSET)

        tex_slat_sampling_steps = d.pop("tex_slat_sampling_steps", UNSET)

        _texture_size = d.pop("texture_size", UNSET)
        texture_size: Reconviagen05InputTextureSize | Unset
        if isinstance(_texture_size, Unset):
            texture_size = UNSET
        else:
            texture_size = check_reconviagen_05_input_texture_size(_texture_size)

        reconviagen_05_input = cls(
            image_urls=image_urls,
            decimation_target=decimation_target,
            multi_image_strategy=multi_image_strategy,
            resolution=resolution,
            seed=seed,
            shape_slat_guidance_rescale=shape_slat_guidance_rescale,
            shape_slat_guidance_strength=shape_slat_guidance_strength,
            shape_slat_rescale_t=shape_slat_rescale_t,
            shape_slat_sampling_steps=shape_slat_sampling_steps,
            slat_guidance_rescale=slat_guidance_rescale,
            slat_guidance_strength=slat_guidance_strength,
            slat_rescale_t=slat_rescale_t,
            slat_sampling_steps=slat_sampling_steps,
            ss_guidance_rescale=ss_guidance_rescale,
            ss_guidance_strength=ss_guidance_strength,
            ss_rescale_t=ss_rescale_t,
            ss_sampling_steps=ss_sampling_steps,
            ss_source=ss_source,
            tex_slat_guidance_rescale=tex_slat_guidance_rescale,
            tex_slat_guidance_strength=tex_slat_guidance_strength,
            tex_slat_rescale_t=tex_slat_rescale_t,
            tex_slat_sampling_steps=tex_slat_sampling_steps,
            texture_size=texture_size,
        )

        return reconviagen_05_input

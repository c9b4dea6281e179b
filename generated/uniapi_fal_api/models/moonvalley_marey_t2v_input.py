from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.moonvalley_marey_t2v_input_dimensions import (
    MoonvalleyMareyT2VInputDimensions,
    check_moonvalley_marey_t2v_input_dimensions,
)
from ..models.moonvalley_marey_t2v_input_duration import (
    MoonvalleyMareyT2VInputDuration,
    check_moonvalley_marey_t2v_input_duration,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .moonvalley_marey_t2v_output import MoonvalleyMareyT2VOutput  # noqa: F401


T = TypeVar("T", bound="MoonvalleyMareyT2VInput")


@_attrs_define
class MoonvalleyMareyT2VInput(
    FalInput["MoonvalleyMareyT2VOutput"], endpoint="moonvalley/marey/t2v"
):
    """Input of `moonvalley/marey/t2v` (text-to-video)."""

    prompt: str
    """Prompt: string."""
    dimensions: MoonvalleyMareyT2VInputDimensions | Unset = UNSET
    """Dimensions: one of "1920x1080", "1152x1152", "1536x1152", "1152x1536". Server default:
    "1920x1080"."""
    duration: MoonvalleyMareyT2VInputDuration | Unset = UNSET
    """Duration: one of "5s", "10s". Server default: "5s"."""
    negative_prompt: None | str | Unset = UNSET
    """Negative Prompt: string or None. Server default: "<synthetic> <scene cut> low-poly, flat
    shader, bad rigging, stiff animation, uncanny eyes, low-quality textures, looping glitch,
    cheap effect, overbloom, bloom spam, default lighting, game asset, stiff face, ugly
    specular, AI artifacts"."""
    seed: int | None | Unset = UNSET
    """Seed: integer or None. Server default: -1."""
    guidance_scale: float | None | Unset = UNSET
    """Guidance Scale: number or None."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        dimensions: str | Unset = UNSET
        if not isinstance(self.dimensions, Unset):
            dimensions = self.dimensions

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        negative_prompt: None | str | Unset
        if isinstance(self.negative_prompt, Unset):
            negative_prompt = UNSET
        else:
            negative_prompt = self.negative_prompt

        seed: int | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        guidance_scale: float | None | Unset
        if isinstance(self.guidance_scale, Unset):
            guidance_scale = UNSET
        else:
            guidance_scale = self.guidance_scale

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions
        if duration is not UNSET:
            field_dict["duration"] = duration
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if seed is not UNSET:
            field_dict["seed"] = seed
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        _dimensions = d.pop("dimensions", UNSET)
        dimensions: MoonvalleyMareyT2VInputDimensions | Unset
        if isinstance(_dimensions, Unset):
            dimensions = UNSET
        else:
            dimensions = check_moonvalley_marey_t2v_input_dimensions(_dimensions)

        _duration = d.pop("duration", UNSET)
        duration: MoonvalleyMareyT2VInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_moonvalley_marey_t2v_input_duration(_duration)

        def _parse_negative_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        negative_prompt = _parse_negative_prompt(d.pop("negative_prompt", UNSET))

        def _parse_seed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        seed = _parse_seed(d.pop("seed", UNSET))

        def _parse_guidance_scale(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        guidance_scale = _parse_guidance_scale(d.pop("guidance_scale", UNSET))

        moonvalley_marey_t2v_input = cls(
            prompt=prompt,
            dimensions=dimensions,
            duration=duration,
            negative_prompt=negative_prompt,
            seed=seed,
            guidance_scale=guidance_scale,
        )

        return moonvalley_marey_t2v_input

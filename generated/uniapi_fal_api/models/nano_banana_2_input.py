from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.nano_banana_2_input_aspect_ratio import (
    NanoBanana2InputAspectRatio,
    check_nano_banana_2_input_aspect_ratio,
)
from ..models.nano_banana_2_input_output_format import (
    NanoBanana2InputOutputFormat,
    check_nano_banana_2_input_output_format,
)
from ..models.nano_banana_2_input_resolution import (
    NanoBanana2InputResolution,
    check_nano_banana_2_input_resolution,
)
from ..models.nano_banana_2_input_safety_tolerance import (
    NanoBanana2InputSafetyTolerance,
    check_nano_banana_2_input_safety_tolerance,
)
from ..models.nano_banana_2_input_thinking_level import (
    NanoBanana2InputThinkingLevel,
    check_nano_banana_2_input_thinking_level,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .nano_banana_2_output import NanoBanana2Output  # noqa: F401


T = TypeVar("T", bound="NanoBanana2Input")


@_attrs_define
class NanoBanana2Input(FalInput["NanoBanana2Output"], endpoint="fal-ai/nano-banana-2"):
    """Input of `fal-ai/nano-banana-2` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    aspect_ratio: NanoBanana2InputAspectRatio | Unset = UNSET
    """One of "auto", "21:9", "16:9", "3:2", "4:3", "5:4", "1:1", "4:5", ... (15 values). Server
    default: "auto"."""
    enable_web_search: bool | Unset = UNSET
    """Boolean."""
    limit_generations: bool | Unset = UNSET
    """Boolean. Server default: true."""
    num_images: float | Unset = UNSET
    """Number. Server default: 1."""
    output_format: NanoBanana2InputOutputFormat | Unset = UNSET
    """One of "jpeg", "png", "webp". Server default: "png"."""
    resolution: NanoBanana2InputResolution | Unset = UNSET
    """One of "0.5K", "1K", "2K", "4K". Server default: "1K"."""
    safety_tolerance: NanoBanana2InputSafetyTolerance | Unset = UNSET
    """One of "1", "2", "3", "4", "5", "6". Server default: "4"."""
    seed: float | Unset = UNSET
    """Number."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""
    system_prompt: str | Unset = UNSET
    """String. Server default: ""."""
    thinking_level: NanoBanana2InputThinkingLevel | Unset = UNSET
    """One of "minimal", "high"."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        enable_web_search = self.enable_web_search

        limit_generations = self.limit_generations

        num_images = self.num_images

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        safety_tolerance: str | Unset = UNSET
        if not isinstance(self.safety_tolerance, Unset):
            safety_tolerance = self.safety_tolerance

        seed = self.seed

        sync_mode = self.sync_mode

        system_prompt = self.system_prompt

        thinking_level: str | Unset = UNSET
        if not isinstance(self.thinking_level, Unset):
            thinking_level = self.thinking_level

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if enable_web_search is not UNSET:
            field_dict["enable_web_search"] = enable_web_search
        if limit_generations is not UNSET:
            field_dict["limit_generations"] = limit_generations
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if safety_tolerance is not UNSET:
            field_dict["safety_tolerance"] = safety_tolerance
        if seed is not UNSET:
            field_dict["seed"] = seed
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode
        if system_prompt is not UNSET:
            field_dict["system_prompt"] = system_prompt
        if thinking_level is not UNSET:
            field_dict["thinking_level"] = thinking_level

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: NanoBanana2InputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_nano_banana_2_input_aspect_ratio(_aspect_ratio)

        enable_web_search = d.pop("enable_web_search", UNSET)

        limit_generations = d.pop("limit_generations", UNSET)

        num_images = d.pop("num_images", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: NanoBanana2InputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_nano_banana_2_input_output_format(_output_format)

        _resolution = d.pop("resolution", UNSET)
        resolution: NanoBanana2InputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_nano_banana_2_input_resolution(_resolution)

        _safety_tolerance = d.pop("safety_tolerance", UNSET)
        safety_tolerance: NanoBanana2InputSafetyTolerance | Unset
        if isinstance(_safety_tolerance, Unset):
            safety_tolerance = UNSET
        else:
            safety_tolerance = check_nano_banana_2_input_safety_tolerance(_safety_tolerance)

        seed = d.pop("seed", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        system_prompt = d.pop("system_prompt", UNSET)

        _thinking_level = d.pop("thinking_level", UNSET)
        thinking_level: NanoBanana2InputThinkingLevel | Unset
        if isinstance(_thinking_level, Unset):
            thinking_level = UNSET
        else:
            thinking_level = check_nano_banana_2_input_thinking_level(_thinking_level)

        nano_banana_2_input = cls(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            enable_web_search=enable_web_search,
            limit_generations=limit_generations,
            num_images=num_images,
            output_format=output_format,
            resolution=resolution,
            safety_tolerance=safety_tolerance,
            seed=seed,
            sync_mode=sync_mode,
            system_prompt=system_prompt,
            thinking_level=thinking_level,
        )

        return nano_banana_2_input

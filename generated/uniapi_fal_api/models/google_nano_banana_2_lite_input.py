from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.google_nano_banana_2_lite_input_aspect_ratio import (
    GoogleNanoBanana2LiteInputAspectRatio,
    check_google_nano_banana_2_lite_input_aspect_ratio,
)
from ..models.google_nano_banana_2_lite_input_output_format import (
    GoogleNanoBanana2LiteInputOutputFormat,
    check_google_nano_banana_2_lite_input_output_format,
)
from ..models.google_nano_banana_2_lite_input_safety_tolerance import (
    GoogleNanoBanana2LiteInputSafetyTolerance,
    check_google_nano_banana_2_lite_input_safety_tolerance,
)
from ..models.google_nano_banana_2_lite_input_thinking_level import (
    GoogleNanoBanana2LiteInputThinkingLevel,
    check_google_nano_banana_2_lite_input_thinking_level,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .google_nano_banana_2_lite_output import GoogleNanoBanana2LiteOutput  # noqa: F401


T = TypeVar("T", bound="GoogleNanoBanana2LiteInput")


@_attrs_define
class GoogleNanoBanana2LiteInput(
    FalInput["GoogleNanoBanana2LiteOutput"], endpoint="google/nano-banana-2-lite"
):
    """Input of `google/nano-banana-2-lite` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    aspect_ratio: GoogleNanoBanana2LiteInputAspectRatio | Unset = UNSET
    """One of "auto", "21:9", "16:9", "3:2", "4:3", "5:4", "1:1", "4:5", ... (15 values). Server
    default: "auto"."""
    limit_generations: bool | Unset = UNSET
    """Boolean. Server default: true."""
    num_images: float | Unset = UNSET
    """Number. Server default: 1."""
    output_format: GoogleNanoBanana2LiteInputOutputFormat | Unset = UNSET
    """One of "jpeg", "png", "webp". Server default: "png"."""
    safety_tolerance: GoogleNanoBanana2LiteInputSafetyTolerance | Unset = UNSET
    """One of "1", "2", "3", "4", "5", "6". Server default: "4"."""
    seed: float | Unset = UNSET
    """Number."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""
    system_prompt: str | Unset = UNSET
    """String. Server default: ""."""
    thinking_level: GoogleNanoBanana2LiteInputThinkingLevel | Unset = UNSET
    """One of "minimal", "high"."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        limit_generations = self.limit_generations

        num_images = self.num_images

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

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
        if limit_generations is not UNSET:
            field_dict["limit_generations"] = limit_generations
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
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
        aspect_ratio: GoogleNanoBanana2LiteInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_google_nano_banana_2_lite_input_aspect_ratio(_aspect_ratio)

        limit_generations = d.pop("limit_generations", UNSET)

        num_images = d.pop("num_images", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: GoogleNanoBanana2LiteInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_google_nano_banana_2_lite_input_output_format(_output_format)

        _safety_tolerance = d.pop("safety_tolerance", UNSET)
        safety_tolerance: GoogleNanoBanana2LiteInputSafetyTolerance | Unset
        if isinstance(_safety_tolerance, Unset):
            safety_tolerance = UNSET
        else:
            safety_tolerance = check_google_nano_banana_2_lite_input_safety_tolerance(
                _safety_tolerance
            )

        seed = d.pop("seed", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        system_prompt = d.pop("system_prompt", UNSET)

        _thinking_level = d.pop("thinking_level", UNSET)
        thinking_level: GoogleNanoBanana2LiteInputThinkingLevel | Unset
        if isinstance(_thinking_level, Unset):
            thinking_level = UNSET
        else:
            thinking_level = check_google_nano_banana_2_lite_input_thinking_level(_thinking_level)

        google_nano_banana_2_lite_input = cls(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            limit_generations=limit_generations,
            num_images=num_images,
            output_format=output_format,
            safety_tolerance=safety_tolerance,
            seed=seed,
            sync_mode=sync_mode,
            system_prompt=system_prompt,
            thinking_level=thinking_level,
        )

        return google_nano_banana_2_lite_input

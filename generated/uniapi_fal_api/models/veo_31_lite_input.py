from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.veo_31_lite_input_aspect_ratio import (
    Veo31LiteInputAspectRatio,
    check_veo_31_lite_input_aspect_ratio,
)
from ..models.veo_31_lite_input_duration import (
    Veo31LiteInputDuration,
    check_veo_31_lite_input_duration,
)
from ..models.veo_31_lite_input_resolution import (
    Veo31LiteInputResolution,
    check_veo_31_lite_input_resolution,
)
from ..models.veo_31_lite_input_safety_tolerance import (
    Veo31LiteInputSafetyTolerance,
    check_veo_31_lite_input_safety_tolerance,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .veo_31_lite_output import Veo31LiteOutput  # noqa: F401


T = TypeVar("T", bound="Veo31LiteInput")


@_attrs_define
class Veo31LiteInput(FalInput["Veo31LiteOutput"], endpoint="fal-ai/veo3.1/lite"):
    """Input of `fal-ai/veo3.1/lite` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript types):
    types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    aspect_ratio: Veo31LiteInputAspectRatio | Unset = UNSET
    """One of "16:9", "9:16". Server default: "16:9"."""
    auto_fix: bool | Unset = UNSET
    """Boolean. Server default: true."""
    duration: Veo31LiteInputDuration | Unset = UNSET
    """One of "4s", "6s", "8s". Server default: "8s"."""
    generate_audio: bool | Unset = UNSET
    """Boolean. Server default: true."""
    negative_prompt: str | Unset = UNSET
    """String."""
    resolution: Veo31LiteInputResolution | Unset = UNSET
    """One of "720p", "1080p". Server default: "720p"."""
    safety_tolerance: Veo31LiteInputSafetyTolerance | Unset = UNSET
    """One of "1", "2", "3", "4", "5", "6". Server default: "4"."""
    seed: float | Unset = UNSET
    """Number."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        auto_fix = self.auto_fix

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        generate_audio = self.generate_audio

        negative_prompt = self.negative_prompt

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        safety_tolerance: str | Unset = UNSET
        if not isinstance(self.safety_tolerance, Unset):
            safety_tolerance = self.safety_tolerance

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if auto_fix is not UNSET:
            field_dict["auto_fix"] = auto_fix
        if duration is not UNSET:
            field_dict["duration"] = duration
        if generate_audio is not UNSET:
            field_dict["generate_audio"] = generate_audio
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if safety_tolerance is not UNSET:
            field_dict["safety_tolerance"] = safety_tolerance
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Veo31LiteInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_veo_31_lite_input_aspect_ratio(_aspect_ratio)

        auto_fix = d.pop("auto_fix", UNSET)

        _duration = d.pop("duration", UNSET)
        duration: Veo31LiteInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_veo_31_lite_input_duration(_duration)

        generate_audio = d.pop("generate_audio", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: Veo31LiteInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_veo_31_lite_input_resolution(_resolution)

        _safety_tolerance = d.pop("safety_tolerance", UNSET)
        safety_tolerance: Veo31LiteInputSafetyTolerance | Unset
        if isinstance(_safety_tolerance, Unset):
            safety_tolerance = UNSET
        else:
            safety_tolerance = check_veo_31_lite_input_safety_tolerance(_safety_tolerance)

        seed = d.pop("seed", UNSET)

        veo_31_lite_input = cls(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            auto_fix=auto_fix,
            duration=duration,
            generate_audio=generate_audio,
            negative_prompt=negative_prompt,
            resolution=resolution,
            safety_tolerance=safety_tolerance,
            seed=seed,
        )

        return veo_31_lite_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.wan_v22a14b_text_to_video_turbo_input_acceleration import (
    WanV22A14BTextToVideoTurboInputAcceleration,
    check_wan_v22a14b_text_to_video_turbo_input_acceleration,
)
from ..models.wan_v22a14b_text_to_video_turbo_input_aspect_ratio import (
    WanV22A14BTextToVideoTurboInputAspectRatio,
    check_wan_v22a14b_text_to_video_turbo_input_aspect_ratio,
)
from ..models.wan_v22a14b_text_to_video_turbo_input_resolution import (
    WanV22A14BTextToVideoTurboInputResolution,
    check_wan_v22a14b_text_to_video_turbo_input_resolution,
)
from ..models.wan_v22a14b_text_to_video_turbo_input_video_quality import (
    WanV22A14BTextToVideoTurboInputVideoQuality,
    check_wan_v22a14b_text_to_video_turbo_input_video_quality,
)
from ..models.wan_v22a14b_text_to_video_turbo_input_video_write_mode import (
    WanV22A14BTextToVideoTurboInputVideoWriteMode,
    check_wan_v22a14b_text_to_video_turbo_input_video_write_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .wan_v22a14b_text_to_video_turbo_output import WanV22A14BTextToVideoTurboOutput  # noqa: F401


T = TypeVar("T", bound="WanV22A14BTextToVideoTurboInput")


@_attrs_define
class WanV22A14BTextToVideoTurboInput(
    FalInput["WanV22A14BTextToVideoTurboOutput"],
    endpoint="fal-ai/wan/v2.2-a14b/text-to-video/turbo",
):
    """Input of `fal-ai/wan/v2.2-a14b/text-to-video/turbo` (text-to-video). fal publishes no constraints for it (it comes
    from fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are
    not.

    """

    prompt: str
    """String."""
    acceleration: WanV22A14BTextToVideoTurboInputAcceleration | Unset = UNSET
    """One of "none", "regular". Server default: "regular"."""
    aspect_ratio: WanV22A14BTextToVideoTurboInputAspectRatio | Unset = UNSET
    """One of "16:9", "9:16", "1:1". Server default: "16:9"."""
    enable_output_safety_checker: bool | Unset = UNSET
    """Boolean."""
    enable_prompt_expansion: bool | Unset = UNSET
    """Boolean."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean."""
    resolution: WanV22A14BTextToVideoTurboInputResolution | Unset = UNSET
    """One of "480p", "580p", "720p". Server default: "720p"."""
    seed: float | Unset = UNSET
    """Number."""
    video_quality: WanV22A14BTextToVideoTurboInputVideoQuality | Unset = UNSET
    """One of "low", "medium", "high", "maximum". Server default: "high"."""
    video_write_mode: WanV22A14BTextToVideoTurboInputVideoWriteMode | Unset = UNSET
    """One of "fast", "balanced", "small". Server default: "balanced"."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        acceleration: str | Unset = UNSET
        if not isinstance(self.acceleration, Unset):
            acceleration = self.acceleration

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        enable_output_safety_checker = self.enable_output_safety_checker

        enable_prompt_expansion = self.enable_prompt_expansion

        enable_safety_checker = self.enable_safety_checker

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        seed = self.seed

        video_quality: str | Unset = UNSET
        if not isinstance(self.video_quality, Unset):
            video_quality = self.video_quality

        video_write_mode: str | Unset = UNSET
        if not isinstance(self.video_write_mode, Unset):
            video_write_mode = self.video_write_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if acceleration is not UNSET:
            field_dict["acceleration"] = acceleration
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if enable_output_safety_checker is not UNSET:
            field_dict["enable_output_safety_checker"] = enable_output_safety_checker
        if enable_prompt_expansion is not UNSET:
            field_dict["enable_prompt_expansion"] = enable_prompt_expansion
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if seed is not UNSET:
            field_dict["seed"] = seed
        if video_quality is not UNSET:
            field_dict["video_quality"] = video_quality
        if video_write_mode is not UNSET:
            field_dict["video_write_mode"] = video_write_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        _acceleration = d.pop("acceleration", UNSET)
        acceleration: WanV22A14BTextToVideoTurboInputAcceleration | Unset
        if isinstance(_acceleration, Unset):
            acceleration = UNSET
        else:
            acceleration = check_wan_v22a14b_text_to_video_turbo_input_acceleration(_acceleration)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: WanV22A14BTextToVideoTurboInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_wan_v22a14b_text_to_video_turbo_input_aspect_ratio(_aspect_ratio)

        enable_output_safety_checker = d.pop("enable_output_safety_checker", UNSET)

        enable_prompt_expansion = d.pop("enable_prompt_expansion", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: WanV22A14BTextToVideoTurboInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_wan_v22a14b_text_to_video_turbo_input_resolution(_resolution)

        seed = d.pop("seed", UNSET)

        _video_quality = d.pop("video_quality", UNSET)
        video_quality: WanV22A14BTextToVideoTurboInputVideoQuality | Unset
        if isinstance(_video_quality, Unset):
            video_quality = UNSET
        else:
            video_quality = check_wan_v22a14b_text_to_video_turbo_input_video_quality(
                _video_quality
            )

        _video_write_mode = d.pop("video_write_mode", UNSET)
        video_write_mode: WanV22A14BTextToVideoTurboInputVideoWriteMode | Unset
        if isinstance(_video_write_mode, Unset):
            video_write_mode = UNSET
        else:
            video_write_mode = check_wan_v22a14b_text_to_video_turbo_input_video_write_mode(
                _video_write_mode
            )

        wan_v22a14b_text_to_video_turbo_input = cls(
            prompt=prompt,
            acceleration=acceleration,
            aspect_ratio=aspect_ratio,
            enable_output_safety_checker=enable_output_safety_checker,
            enable_prompt_expansion=enable_prompt_expansion,
            enable_safety_checker=enable_safety_checker,
            resolution=resolution,
            seed=seed,
            video_quality=video_quality,
            video_write_mode=video_write_mode,
        )

        return wan_v22a14b_text_to_video_turbo_input

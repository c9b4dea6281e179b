from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.vidu_q1_text_to_video_input_aspect_ratio import (
    ViduQ1TextToVideoInputAspectRatio,
    check_vidu_q1_text_to_video_input_aspect_ratio,
)
from ..models.vidu_q1_text_to_video_input_movement_amplitude import (
    ViduQ1TextToVideoInputMovementAmplitude,
    check_vidu_q1_text_to_video_input_movement_amplitude,
)
from ..models.vidu_q1_text_to_video_input_style import (
    ViduQ1TextToVideoInputStyle,
    check_vidu_q1_text_to_video_input_style,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .vidu_q1_text_to_video_output import ViduQ1TextToVideoOutput  # noqa: F401


T = TypeVar("T", bound="ViduQ1TextToVideoInput")


@_attrs_define
class ViduQ1TextToVideoInput(
    FalInput["ViduQ1TextToVideoOutput"], endpoint="fal-ai/vidu/q1/text-to-video"
):
    """Input of `fal-ai/vidu/q1/text-to-video` (text-to-video)."""

    prompt: str
    """Prompt: string, at most 1,500 characters."""
    style: ViduQ1TextToVideoInputStyle | Unset = UNSET
    """Style: one of "general", "anime". Server default: "general"."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    aspect_ratio: ViduQ1TextToVideoInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "16:9", "9:16", "1:1". Server default: "16:9"."""
    movement_amplitude: ViduQ1TextToVideoInputMovementAmplitude | Unset = UNSET
    """Movement Amplitude: one of "auto", "small", "medium", "large". Server default: "auto"."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        style: str | Unset = UNSET
        if not isinstance(self.style, Unset):
            style = self.style

        seed = self.seed

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        movement_amplitude: str | Unset = UNSET
        if not isinstance(self.movement_amplitude, Unset):
            movement_amplitude = self.movement_amplitude

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if style is not UNSET:
            field_dict["style"] = style
        if seed is not UNSET:
            field_dict["seed"] = seed
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if movement_amplitude is not UNSET:
            field_dict["movement_amplitude"] = movement_amplitude

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        _style = d.pop("style", UNSET)
        style: ViduQ1TextToVideoInputStyle | Unset
        if isinstance(_style, Unset):
            style = UNSET
        else:
            style = check_vidu_q1_text_to_video_input_style(_style)

        seed = d.pop("seed", UNSET)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: ViduQ1TextToVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_vidu_q1_text_to_video_input_aspect_ratio(_aspect_ratio)

        _movement_amplitude = d.pop("movement_amplitude", UNSET)
        movement_amplitude: ViduQ1TextToVideoInputMovementAmplitude | Unset
        if isinstance(_movement_amplitude, Unset):
            movement_amplitude = UNSET
        else:
            movement_amplitude = check_vidu_q1_text_to_video_input_movement_amplitude(
                _movement_amplitude
            )

        vidu_q1_text_to_video_input = cls(
            prompt=prompt,
            style=style,
            seed=seed,
            aspect_ratio=aspect_ratio,
            movement_amplitude=movement_amplitude,
        )

        return vidu_q1_text_to_video_input

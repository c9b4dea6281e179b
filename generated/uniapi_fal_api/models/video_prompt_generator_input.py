from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.video_prompt_generator_input_camera_direction import (
    VideoPromptGeneratorInputCameraDirection,
    check_video_prompt_generator_input_camera_direction,
)
from ..models.video_prompt_generator_input_camera_style import (
    VideoPromptGeneratorInputCameraStyle,
    check_video_prompt_generator_input_camera_style,
)
from ..models.video_prompt_generator_input_model import (
    VideoPromptGeneratorInputModel,
    check_video_prompt_generator_input_model,
)
from ..models.video_prompt_generator_input_pacing import (
    VideoPromptGeneratorInputPacing,
    check_video_prompt_generator_input_pacing,
)
from ..models.video_prompt_generator_input_prompt_length import (
    VideoPromptGeneratorInputPromptLength,
    check_video_prompt_generator_input_prompt_length,
)
from ..models.video_prompt_generator_input_special_effects import (
    VideoPromptGeneratorInputSpecialEffects,
    check_video_prompt_generator_input_special_effects,
)
from ..models.video_prompt_generator_input_style import (
    VideoPromptGeneratorInputStyle,
    check_video_prompt_generator_input_style,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .video_prompt_generator_output import VideoPromptGeneratorOutput  # noqa: F401


T = TypeVar("T", bound="VideoPromptGeneratorInput")


@_attrs_define
class VideoPromptGeneratorInput(
    FalInput["VideoPromptGeneratorOutput"], endpoint="fal-ai/video-prompt-generator"
):
    """Input of `fal-ai/video-prompt-generator` (llm)."""

    input_concept: str
    """Input Concept: string."""
    style: VideoPromptGeneratorInputStyle | Unset = UNSET
    """Style: one of "Minimalist", "Simple", "Detailed", "Descriptive", "Dynamic", "Cinematic",
    "Documentary", "Animation", ... (10 values). Server default: "Simple"."""
    camera_style: VideoPromptGeneratorInputCameraStyle | Unset = UNSET
    """Camera Style: one of "None", "Steadicam flow", "Drone aerials", "Handheld urgency", "Crane
    elegance", "Dolly precision", "VR 360", "Multi-angle rig", ... (21 values). Server default:
    "None"."""
    camera_direction: VideoPromptGeneratorInputCameraDirection | Unset = UNSET
    """Camera Direction: one of "None", "Zoom in", "Zoom out", "Pan left", "Pan right", "Tilt up",
    "Tilt down", "Orbital rotation", ... (18 values). Server default: "None"."""
    pacing: VideoPromptGeneratorInputPacing | Unset = UNSET
    """Pacing: one of "None", "Slow burn", "Rhythmic pulse", "Frantic energy", "Ebb and flow",
    "Hypnotic drift", "Time-lapse rush", "Stop-motion staccato", ... (20 values). Server
    default: "None"."""
    special_effects: VideoPromptGeneratorInputSpecialEffects | Unset = UNSET
    """Special Effects: one of "None", "Practical effects", "CGI enhancement", "Analog glitches",
    "Light painting", "Projection mapping", "Nanosecond exposures", "Double exposure", ... (21
    values). Server default: "None"."""
    custom_elements: str | Unset = UNSET
    """Custom Elements: string. Server default: ""."""
    image_url: str | Unset = UNSET
    """Image Url: string."""
    model: VideoPromptGeneratorInputModel | Unset = UNSET
    """Model: one of "anthropic/claude-3.5-sonnet", "anthropic/claude-3-5-haiku",
    "anthropic/claude-3-haiku", "google/gemini-2.5-flash-lite", "google/gemini-2.0-flash-001",
    "meta-llama/llama-3.2-1b-instruct", "meta-llama/llama-3.2-3b-instruct",
    "meta-llama/llama-3.1-8b-instruct", ... (12 values). Server default:
    "google/gemini-2.0-flash-001"."""
    prompt_length: VideoPromptGeneratorInputPromptLength | Unset = UNSET
    """Prompt Length: one of "Short", "Medium", "Long". Server default: "Medium"."""

    def to_dict(self) -> dict[str, Any]:
        input_concept = self.input_concept

        style: str | Unset = UNSET
        if not isinstance(self.style, Unset):
            style = self.style

        camera_style: str | Unset = UNSET
        if not isinstance(self.camera_style, Unset):
            camera_style = self.camera_style

        camera_direction: str | Unset = UNSET
        if not isinstance(self.camera_direction, Unset):
            camera_direction = self.camera_direction

        pacing: str | Unset = UNSET
        if not isinstance(self.pacing, Unset):
            pacing = self.pacing

        special_effects: str | Unset = UNSET
        if not isinstance(self.special_effects, Unset):
            special_effects = self.special_effects

        custom_elements = self.custom_elements

        image_url = self.image_url

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        prompt_length: str | Unset = UNSET
        if not isinstance(self.prompt_length, Unset):
            prompt_length = self.prompt_length

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "input_concept": input_concept,
            }
        )
        if style is not UNSET:
            field_dict["style"] = style
        if camera_style is not UNSET:
            field_dict["camera_style"] = camera_style
        if camera_direction is not UNSET:
            field_dict["camera_direction"] = camera_direction
        if pacing is not UNSET:
            field_dict["pacing"] = pacing
        if special_effects is not UNSET:
            field_dict["special_effects"] = special_effects
        if custom_elements is not UNSET:
            field_dict["custom_elements"] = custom_elements
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if model is not UNSET:
            field_dict["model"] = model
        if prompt_length is not UNSET:
            field_dict["prompt_length"] = prompt_length

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        input_concept = d.pop("input_concept")

        _style = d.pop("style", UNSET)
        style: VideoPromptGeneratorInputStyle | Unset
        if isinstance(_style, Unset):
            style = UNSET
        else:
            style = check_video_prompt_generator_input_style(_style)

        _camera_style = d.pop("camera_style", UNSET)
        camera_style: VideoPromptGeneratorInputCameraStyle | Unset
        if isinstance(_camera_style, Unset):
            camera_style = UNSET
        else:
            camera_style = check_video_prompt_generator_input_camera_style(_camera_style)

        _camera_direction = d.pop("camera_direction", UNSET)
        camera_direction: VideoPromptGeneratorInputCameraDirection | Unset
        if isinstance(_camera_direction, Unset):
            camera_direction = UNSET
        else:
            camera_direction = check_video_prompt_generator_input_camera_direction(
                _camera_direction
            )

        _pacing = d.pop("pacing", UNSET)
        pacing: VideoPromptGeneratorInputPacing | Unset
        if isinstance(_pacing, Unset):
            pacing = UNSET
        else:
            pacing = check_video_prompt_generator_input_pacing(_pacing)

        _special_effects = d.pop("special_effects", UNSET)
        special_effects: VideoPromptGeneratorInputSpecialEffects | Unset
        if isinstance(_special_effects, Unset):
            special_effects = UNSET
        else:
            special_effects = check_video_prompt_generator_input_special_effects(_special_effects)

        custom_elements = d.pop("custom_elements", UNSET)

        image_url = d.pop("image_url", UNSET)

        _model = d.pop("model", UNSET)
        model: VideoPromptGeneratorInputModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_video_prompt_generator_input_model(_model)

        _prompt_length = d.pop("prompt_length", UNSET)
        prompt_length: VideoPromptGeneratorInputPromptLength | Unset
        if isinstance(_prompt_length, Unset):
            prompt_length = UNSET
        else:
            prompt_length = check_video_prompt_generator_input_prompt_length(_prompt_length)

        video_prompt_generator_input = cls(
            input_concept=input_concept,
            style=style,
            camera_style=camera_style,
            camera_direction=camera_direction,
            pacing=pacing,
            special_effects=special_effects,
            custom_elements=custom_elements,
            image_url=image_url,
            model=model,
            prompt_length=prompt_length,
        )

        return video_prompt_generator_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.vidu_start_end_to_video_input_movement_amplitude import (
    ViduStartEndToVideoInputMovementAmplitude,
    check_vidu_start_end_to_video_input_movement_amplitude,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .vidu_start_end_to_video_output import ViduStartEndToVideoOutput  # noqa: F401


T = TypeVar("T", bound="ViduStartEndToVideoInput")


@_attrs_define
class ViduStartEndToVideoInput(
    FalInput["ViduStartEndToVideoOutput"], endpoint="fal-ai/vidu/start-end-to-video"
):
    """Input of `fal-ai/vidu/start-end-to-video` (image-to-video)."""

    prompt: str
    """Prompt: string, at most 1,500 characters."""
    start_image_url: str
    """Start Image Url: string."""
    end_image_url: str
    """End Image Url: string."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    movement_amplitude: ViduStartEndToVideoInputMovementAmplitude | Unset = UNSET
    """Movement Amplitude: one of "auto", "small", "medium", "large". Server default: "auto"."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        start_image_url = self.start_image_url

        end_image_url = self.end_image_url

        seed = self.seed

        movement_amplitude: str | Unset = UNSET
        if not isinstance(self.movement_amplitude, Unset):
            movement_amplitude = self.movement_amplitude

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "start_image_url": start_image_url,
                "end_image_url": end_image_url,
            }
        )
        if seed is not UNSET:
            field_dict["seed"] = seed
        if movement_amplitude is not UNSET:
            field_dict["movement_amplitude"] = movement_amplitude

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        start_image_url = d.pop("start_image_url")

        end_image_url = d.pop("end_image_url")

        seed = d.pop("seed", UNSET)

        _movement_amplitude = d.pop("movement_amplitude", UNSET)
        movement_amplitude: ViduStartEndToVideoInputMovementAmplitude | Unset
        if isinstance(_movement_amplitude, Unset):
            movement_amplitude = UNSET
        else:
            movement_amplitude = check_vidu_start_end_to_video_input_movement_amplitude(
                _movement_amplitude
            )

        vidu_start_end_to_video_input = cls(
            prompt=prompt,
            start_image_url=start_image_url,
            end_image_url=end_image_url,
            seed=seed,
            movement_amplitude=movement_amplitude,
        )

        return vidu_start_end_to_video_input

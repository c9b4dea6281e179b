from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.vidu_image_to_video_input_movement_amplitude import (
    ViduImageToVideoInputMovementAmplitude,
    check_vidu_image_to_video_input_movement_amplitude,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .vidu_image_to_video_output import ViduImageToVideoOutput  # noqa: F401


T = TypeVar("T", bound="ViduImageToVideoInput")


@_attrs_define
class ViduImageToVideoInput(
    FalInput["ViduImageToVideoOutput"], endpoint="fal-ai/vidu/image-to-video"
):
    """Input of `fal-ai/vidu/image-to-video` (image-to-video)."""

    prompt: str
    """Prompt: string, at most 1,500 characters."""
    image_url: str
    """Image Url: string."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    movement_amplitude: ViduImageToVideoInputMovementAmplitude | Unset = UNSET
    """Movement Amplitude: one of "auto", "small", "medium", "large". Server default: "auto"."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        image_url = self.image_url

        seed = self.seed

        movement_amplitude: str | Unset = UNSET
        if not isinstance(self.movement_amplitude, Unset):
            movement_amplitude = self.movement_amplitude

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "image_url": image_url,
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

        image_url = d.pop("image_url")

        seed = d.pop("seed", UNSET)

        _movement_amplitude = d.pop("movement_amplitude", UNSET)
        movement_amplitude: ViduImageToVideoInputMovementAmplitude | Unset
        if isinstance(_movement_amplitude, Unset):
            movement_amplitude = UNSET
        else:
            movement_amplitude = check_vidu_image_to_video_input_movement_amplitude(
                _movement_amplitude
            )

        vidu_image_to_video_input = cls(
            prompt=prompt,
            image_url=image_url,
            seed=seed,
            movement_amplitude=movement_amplitude,
        )

        return vidu_image_to_video_input

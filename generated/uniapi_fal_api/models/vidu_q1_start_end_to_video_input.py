from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.vidu_q1_start_end_to_video_input_movement_amplitude import (
    ViduQ1StartEndToVideoInputMovementAmplitude,
    check_vidu_q1_start_end_to_video_input_movement_amplitude,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .vidu_q1_start_end_to_video_output import ViduQ1StartEndToVideoOutput  # noqa: F401


T = TypeVar("T", bound="ViduQ1StartEndToVideoInput")


@_attrs_define
class ViduQ1StartEndToVideoInput(
    FalInput["ViduQ1StartEndToVideoOutput"], endpoint="fal-ai/vidu/q1/start-end-to-video"
):
    """Input of `fal-ai/vidu/q1/start-end-to-video` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    end_image_url: str
    """URL or local file."""
    prompt: str
    """String."""
    start_image_url: str
    """URL or local file."""
    movement_amplitude: ViduQ1StartEndToVideoInputMovementAmplitude | Unset = UNSET
    """One of "auto", "small", "medium", "large". Server default: "auto"."""
    seed: float | Unset = UNSET
    """Number."""

    def to_dict(self) -> dict[str, Any]:
        end_image_url = self.end_image_url

        prompt = self.prompt

        start_image_url = self.start_image_url

        movement_amplitude: str | Unset = UNSET
        if not isinstance(self.movement_amplitude, Unset):
            movement_amplitude = self.movement_amplitude

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "end_image_url": end_image_url,
                "prompt": prompt,
                "start_image_url": start_image_url,
            }
        )
        if movement_amplitude is not UNSET:
            field_dict["movement_amplitude"] = movement_amplitude
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        end_image_url = d.pop("end_image_url")

        prompt = d.pop("prompt")

        start_image_url = d.pop("start_image_url")

        _movement_amplitude = d.pop("movement_amplitude", UNSET)
        movement_amplitude: ViduQ1StartEndToVideoInputMovementAmplitude | Unset
        if isinstance(_movement_amplitude, Unset):
            movement_amplitude = UNSET
        else:
            movement_amplitude = check_vidu_q1_start_end_to_video_input_movement_amplitude(
                _movement_amplitude
            )

        seed = d.pop("seed", UNSET)

        vidu_q1_start_end_to_video_input = cls(
            end_image_url=end_image_url,
            prompt=prompt,
            start_image_url=start_image_url,
            movement_amplitude=movement_amplitude,
            seed=seed,
        )

        return vidu_q1_start_end_to_video_input

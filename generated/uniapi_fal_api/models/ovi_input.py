from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.ovi_input_resolution import OviInputResolution, check_ovi_input_resolution
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .ovi_output import OviOutput  # noqa: F401


T = TypeVar("T", bound="OviInput")


@_attrs_define
class OviInput(FalInput["OviOutput"], endpoint="fal-ai/ovi"):
    """Input of `fal-ai/ovi` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript types): types,
    enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    audio_negative_prompt: str | Unset = UNSET
    """String. Server default: "robotic, muffled, echo, distorted"."""
    negative_prompt: str | Unset = UNSET
    """String. Server default: "jitter, bad hands, blur, distortion"."""
    num_inference_steps: float | Unset = UNSET
    """Number. Server default: 30."""
    resolution: OviInputResolution | Unset = UNSET
    """One of "512x992", "992x512", "960x512", "512x960", "720x720", "448x1120", "1120x448". Server
    default: "992x512"."""
    seed: float | Unset = UNSET
    """Number."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        audio_negative_prompt = self.audio_negative_prompt

        negative_prompt = self.negative_prompt

        num_inference_steps = self.num_inference_steps

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if audio_negative_prompt is not UNSET:
            field_dict["audio_negative_prompt"] = audio_negative_prompt
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        audio_negative_prompt = d.pop("audio_negative_prompt", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: OviInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_ovi_input_resolution(_resolution)

        seed = d.pop("seed", UNSET)

        ovi_input = cls(
            prompt=prompt,
            audio_negative_prompt=audio_negative_prompt,
            negative_prompt=negative_prompt,
            num_inference_steps=num_inference_steps,
            resolution=resolution,
            seed=seed,
        )

        return ovi_input

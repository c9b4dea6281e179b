from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .thinksound_audio_output import ThinksoundAudioOutput  # noqa: F401


T = TypeVar("T", bound="ThinksoundAudioInput")


@_attrs_define
class ThinksoundAudioInput(FalInput["ThinksoundAudioOutput"], endpoint="fal-ai/thinksound/audio"):
    """Input of `fal-ai/thinksound/audio` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    video_url: str
    """URL or local file."""
    cfg_scale: float | Unset = UNSET
    """Number. Server default: 5."""
    num_inference_steps: float | Unset = UNSET
    """Number. Server default: 24."""
    prompt: str | Unset = UNSET
    """String. Server default: ""."""
    seed: float | Unset = UNSET
    """Number."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        cfg_scale = self.cfg_scale

        num_inference_steps = self.num_inference_steps

        prompt = self.prompt

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
            }
        )
        if cfg_scale is not UNSET:
            field_dict["cfg_scale"] = cfg_scale
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        cfg_scale = d.pop("cfg_scale", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        prompt = d.pop("prompt", UNSET)

        seed = d.pop("seed", UNSET)

        thinksound_audio_input = cls(
            video_url=video_url,
            cfg_scale=cfg_scale,
            num_inference_steps=num_inference_steps,
            prompt=prompt,
            seed=seed,
        )

        return thinksound_audio_input

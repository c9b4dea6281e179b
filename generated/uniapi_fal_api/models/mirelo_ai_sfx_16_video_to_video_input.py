from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .mirelo_ai_sfx_16_video_to_video_output import MireloAiSfx16VideoToVideoOutput  # noqa: F401


T = TypeVar("T", bound="MireloAiSfx16VideoToVideoInput")


@_attrs_define
class MireloAiSfx16VideoToVideoInput(
    FalInput["MireloAiSfx16VideoToVideoOutput"], endpoint="mirelo-ai/sfx1.6/video-to-video"
):
    """Input of `mirelo-ai/sfx1.6/video-to-video` (video-to-video). fal publishes no constraints for it (it comes from
    fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    video_url: str
    """URL or local file."""
    duration: float | Unset = UNSET
    """Number. Server default: 10."""
    num_samples: float | Unset = UNSET
    """Number. Server default: 1."""
    seed: float | Unset = UNSET
    """Number."""
    text_prompt: str | Unset = UNSET
    """String."""

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        duration = self.duration

        num_samples = self.num_samples

        seed = self.seed

        text_prompt = self.text_prompt

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration
        if num_samples is not UNSET:
            field_dict["num_samples"] = num_samples
        if seed is not UNSET:
            field_dict["seed"] = seed
        if text_prompt is not UNSET:
            field_dict["text_prompt"] = text_prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        duration = d.pop("duration", UNSET)

        num_samples = d.pop("num_samples", UNSET)

        seed = d.pop("seed", UNSET)

        text_prompt = d.pop("text_prompt", UNSET)

        mirelo_ai_sfx_16_video_to_video_input = cls(
            video_url=video_url,
            duration=duration,
            num_samples=num_samples,
            seed=seed,
            text_prompt=text_prompt,
        )

        return mirelo_ai_sfx_16_video_to_video_input

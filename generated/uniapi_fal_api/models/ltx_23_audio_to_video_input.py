from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.ltx_23_audio_to_video_input_aspect_ratio import (
    Ltx23AudioToVideoInputAspectRatio,
    check_ltx_23_audio_to_video_input_aspect_ratio,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .ltx_23_audio_to_video_output import Ltx23AudioToVideoOutput  # noqa: F401


T = TypeVar("T", bound="Ltx23AudioToVideoInput")


@_attrs_define
class Ltx23AudioToVideoInput(
    FalInput["Ltx23AudioToVideoOutput"], endpoint="fal-ai/ltx-2.3/audio-to-video"
):
    """Input of `fal-ai/ltx-2.3/audio-to-video` (audio-to-video). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    audio_url: str
    """URL or local file."""
    aspect_ratio: Ltx23AudioToVideoInputAspectRatio | Unset = UNSET
    """One of "auto", "16:9", "9:16". Server default: "auto"."""
    guidance_scale: float | Unset = UNSET
    """Number."""
    image_url: str | Unset = UNSET
    """URL or local file."""
    prompt: str | Unset = UNSET
    """String."""

    def to_dict(self) -> dict[str, Any]:
        audio_url = self.audio_url

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        guidance_scale = self.guidance_scale

        image_url = self.image_url

        prompt = self.prompt

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "audio_url": audio_url,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if prompt is not UNSET:
            field_dict["prompt"] = prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio_url = d.pop("audio_url")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Ltx23AudioToVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_ltx_23_audio_to_video_input_aspect_ratio(_aspect_ratio)

        guidance_scale = d.pop("guidance_scale", UNSET)

        image_url = d.pop("image_url", UNSET)

        prompt = d.pop("prompt", UNSET)

        ltx_23_audio_to_video_input = cls(
            audio_url=audio_url,
            aspect_ratio=aspect_ratio,
            guidance_scale=guidance_scale,
            image_url=image_url,
            prompt=prompt,
        )

        return ltx_23_audio_to_video_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.creatify_aurora_input_resolution import (
    CreatifyAuroraInputResolution,
    check_creatify_aurora_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .creatify_aurora_output import CreatifyAuroraOutput  # noqa: F401


T = TypeVar("T", bound="CreatifyAuroraInput")


@_attrs_define
class CreatifyAuroraInput(FalInput["CreatifyAuroraOutput"], endpoint="fal-ai/creatify/aurora"):
    """Input of `fal-ai/creatify/aurora` (image-to-video)."""

    image_url: str
    """Image Url: string."""
    audio_url: str
    """Audio Url: string."""
    prompt: str | Unset = UNSET
    """Prompt: string."""
    guidance_scale: float | Unset = UNSET
    """Guidance Scale: number, 0 to 5. Server default: 1."""
    audio_guidance_scale: float | Unset = UNSET
    """Audio Guidance Scale: number, 0 to 5. Server default: 2."""
    resolution: CreatifyAuroraInputResolution | Unset = UNSET
    """Resolution: one of "480p", "720p". Server default: "720p"."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        audio_url = self.audio_url

        prompt = self.prompt

        guidance_scale = self.guidance_scale

        audio_guidance_scale = self.audio_guidance_scale

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "audio_url": audio_url,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if audio_guidance_scale is not UNSET:
            field_dict["audio_guidance_scale"] = audio_guidance_scale
        if resolution is not UNSET:
            field_dict["resolution"] = resolution

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        audio_url = d.pop("audio_url")

        prompt = d.pop("prompt", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        audio_guidance_scale = d.pop("audio_guidance_scale", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: CreatifyAuroraInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_creatify_aurora_input_resolution(_resolution)

        creatify_aurora_input = cls(
            image_url=image_url,
            audio_url=audio_url,
            prompt=prompt,
            guidance_scale=guidance_scale,
            audio_guidance_scale=audio_guidance_scale,
            resolution=resolution,
        )

        return creatify_aurora_input

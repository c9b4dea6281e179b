from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.google_gemini_omni_flash_reference_to_video_input_aspect_ratio import (
    GoogleGeminiOmniFlashReferenceToVideoInputAspectRatio,
    check_google_gemini_omni_flash_reference_to_video_input_aspect_ratio,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .google_gemini_omni_flash_reference_to_video_output import (
        GoogleGeminiOmniFlashReferenceToVideoOutput,  # noqa: F401
    )


T = TypeVar("T", bound="GoogleGeminiOmniFlashReferenceToVideoInput")


@_attrs_define
class GoogleGeminiOmniFlashReferenceToVideoInput(
    FalInput["GoogleGeminiOmniFlashReferenceToVideoOutput"],
    endpoint="google/gemini-omni-flash/reference-to-video",
):
    """Input of `google/gemini-omni-flash/reference-to-video` (unknown). fal publishes no constraints for it (it comes from
    fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_urls: list[str]
    """List of string."""
    prompt: str
    """String."""
    aspect_ratio: GoogleGeminiOmniFlashReferenceToVideoInputAspectRatio | Unset = UNSET
    """One of "16:9", "9:16". Server default: "16:9"."""
    duration: float | Unset = UNSET
    """Number. Server default: 8."""

    def to_dict(self) -> dict[str, Any]:
        image_urls = self.image_urls

        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        duration = self.duration

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_urls": image_urls,
                "prompt": prompt,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_urls = cast(list[str], d.pop("image_urls"))

        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: GoogleGeminiOmniFlashReferenceToVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_google_gemini_omni_flash_reference_to_video_input_aspect_ratio(
                _aspect_ratio
            )

        duration = d.pop("duration", UNSET)

        google_gemini_omni_flash_reference_to_video_input = cls(
            image_urls=image_urls,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            duration=duration,
        )

        return google_gemini_omni_flash_reference_to_video_input

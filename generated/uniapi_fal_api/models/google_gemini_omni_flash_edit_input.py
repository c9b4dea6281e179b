from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput

if TYPE_CHECKING:
    from .google_gemini_omni_flash_edit_output import GoogleGeminiOmniFlashEditOutput  # noqa: F401


T = TypeVar("T", bound="GoogleGeminiOmniFlashEditInput")


@_attrs_define
class GoogleGeminiOmniFlashEditInput(
    FalInput["GoogleGeminiOmniFlashEditOutput"], endpoint="google/gemini-omni-flash/edit"
):
    """Input of `google/gemini-omni-flash/edit` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    video_url: str
    """URL or local file."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        video_url = self.video_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "video_url": video_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        video_url = d.pop("video_url")

        google_gemini_omni_flash_edit_input = cls(
            prompt=prompt,
            video_url=video_url,
        )

        return google_gemini_omni_flash_edit_input

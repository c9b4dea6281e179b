from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput

if TYPE_CHECKING:
    from .bytedance_omnihuman_output import BytedanceOmnihumanOutput  # noqa: F401


T = TypeVar("T", bound="BytedanceOmnihumanInput")


@_attrs_define
class BytedanceOmnihumanInput(
    FalInput["BytedanceOmnihumanOutput"], endpoint="fal-ai/bytedance/omnihuman"
):
    """Input of `fal-ai/bytedance/omnihuman` (image-to-video)."""

    image_url: str
    """Image Url: string."""
    audio_url: str
    """Audio Url: string."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        audio_url = self.audio_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "audio_url": audio_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        audio_url = d.pop("audio_url")

        bytedance_omnihuman_input = cls(
            image_url=image_url,
            audio_url=audio_url,
        )

        return bytedance_omnihuman_input

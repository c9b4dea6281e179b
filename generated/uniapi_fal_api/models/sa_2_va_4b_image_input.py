from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput

if TYPE_CHECKING:
    from .sa_2_va_4b_image_output import Sa2Va4BImageOutput  # noqa: F401


T = TypeVar("T", bound="Sa2Va4BImageInput")


@_attrs_define
class Sa2Va4BImageInput(FalInput["Sa2Va4BImageOutput"], endpoint="fal-ai/sa2va/4b/image"):
    """Input of `fal-ai/sa2va/4b/image` (vision)."""

    prompt: str
    """Prompt: string."""
    image_url: str
    """Image Url: string."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        image_url = self.image_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "image_url": image_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        image_url = d.pop("image_url")

        sa_2_va_4b_image_input = cls(
            prompt=prompt,
            image_url=image_url,
        )

        return sa_2_va_4b_image_input

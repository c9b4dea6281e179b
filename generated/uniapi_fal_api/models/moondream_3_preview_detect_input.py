from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .moondream_3_preview_detect_output import Moondream3PreviewDetectOutput  # noqa: F401


T = TypeVar("T", bound="Moondream3PreviewDetectInput")


@_attrs_define
class Moondream3PreviewDetectInput(
    FalInput["Moondream3PreviewDetectOutput"], endpoint="fal-ai/moondream3-preview/detect"
):
    """Input of `fal-ai/moondream3-preview/detect` (vision)."""

    image_url: str
    """Image URL: string."""
    prompt: str
    """Prompt: string, at least 1 character."""
    preview: bool | Unset = UNSET
    """Preview: boolean. Server default: false."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        prompt = self.prompt

        preview = self.preview

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        if preview is not UNSET:
            field_dict["preview"] = preview

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        prompt = d.pop("prompt")

        preview = d.pop("preview", UNSET)

        moondream_3_preview_detect_input = cls(
            image_url=image_url,
            prompt=prompt,
            preview=preview,
        )

        return moondream_3_preview_detect_input

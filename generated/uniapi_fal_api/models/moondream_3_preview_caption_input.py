from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.moondream_3_preview_caption_input_length import (
    Moondream3PreviewCaptionInputLength,
    check_moondream_3_preview_caption_input_length,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .moondream_3_preview_caption_output import Moondream3PreviewCaptionOutput  # noqa: F401


T = TypeVar("T", bound="Moondream3PreviewCaptionInput")


@_attrs_define
class Moondream3PreviewCaptionInput(
    FalInput["Moondream3PreviewCaptionOutput"], endpoint="fal-ai/moondream3-preview/caption"
):
    """Input of `fal-ai/moondream3-preview/caption` (vision)."""

    image_url: str
    """Image URL: string."""
    length: Moondream3PreviewCaptionInputLength | Unset = UNSET
    """Length: one of "short", "normal", "long". Server default: "normal"."""
    temperature: float | Unset = UNSET
    """Temperature: number, 0 to 1."""
    top_p: float | Unset = UNSET
    """Top P: number, 0 to 1."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        length: str | Unset = UNSET
        if not isinstance(self.length, Unset):
            length = self.length

        temperature = self.temperature

        top_p = self.top_p

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if length is not UNSET:
            field_dict["length"] = length
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        _length = d.pop("length", UNSET)
        length: Moondream3PreviewCaptionInputLength | Unset
        if isinstance(_length, Unset):
            length = UNSET
        else:
            length = check_moondream_3_preview_caption_input_length(_length)

        temperature = d.pop("temperature", UNSET)

        top_p = d.pop("top_p", UNSET)

        moondream_3_preview_caption_input = cls(
            image_url=image_url,
            length=length,
            temperature=temperature,
            top_p=top_p,
        )

        return moondream_3_preview_caption_input

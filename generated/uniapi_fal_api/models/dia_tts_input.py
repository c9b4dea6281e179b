from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput

if TYPE_CHECKING:
    from .dia_tts_output import DiaTtsOutput  # noqa: F401


T = TypeVar("T", bound="DiaTtsInput")


@_attrs_define
class DiaTtsInput(FalInput["DiaTtsOutput"], endpoint="fal-ai/dia-tts"):
    """Input of `fal-ai/dia-tts` (text-to-speech)."""

    text: str
    """Text: string."""

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        dia_tts_input = cls(
            text=text,
        )

        return dia_tts_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput

if TYPE_CHECKING:
    from .zonos_output import ZonosOutput  # noqa: F401


T = TypeVar("T", bound="ZonosInput")


@_attrs_define
class ZonosInput(FalInput["ZonosOutput"], endpoint="fal-ai/zonos"):
    """Input of `fal-ai/zonos` (text-to-audio)."""

    reference_audio_url: str
    """Reference Audio Url: string."""
    prompt: str
    """Prompt: string."""

    def to_dict(self) -> dict[str, Any]:
        reference_audio_url = self.reference_audio_url

        prompt = self.prompt

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reference_audio_url": reference_audio_url,
                "prompt": prompt,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reference_audio_url = d.pop("reference_audio_url")

        prompt = d.pop("prompt")

        zonos_input = cls(
            reference_audio_url=reference_audio_url,
            prompt=prompt,
        )

        return zonos_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.flashhead_input_voice import (
    FlashheadInputVoice,
    check_flashhead_input_voice,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .flashhead_output import FlashheadOutput  # noqa: F401


T = TypeVar("T", bound="FlashheadInput")


@_attrs_define
class FlashheadInput(FalInput["FlashheadOutput"], endpoint="fal-ai/flashhead"):
    """Input of `fal-ai/flashhead` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript types):
    types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    text: str
    """String."""
    seed: float | Unset = UNSET
    """Number."""
    stability: float | Unset = UNSET
    """Number. Server default: 0.5."""
    voice: FlashheadInputVoice | Unset = UNSET
    """One of "Aria", "Roger", "Sarah", "Laura", "Charlie", "George", "Callum", "River", ... (20
    values). Server default: "Aria"."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        text = self.text

        seed = self.seed

        stability = self.stability

        voice: str | Unset = UNSET
        if not isinstance(self.voice, Unset):
            voice = self.voice

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "text": text,
            }
        )
        if seed is not UNSET:
            field_dict["seed"] = seed
        if stability is not UNSET:
            field_dict["stability"] = stability
        if voice is not UNSET:
            field_dict["voice"] = voice

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        text = d.pop("text")

        seed = d.pop("seed", UNSET)

        stability = d.pop("stability", UNSET)

        _voice = d.pop("voice", UNSET)
        voice: FlashheadInputVoice | Unset
        if isinstance(_voice, Unset):
            voice = UNSET
        else:
            voice = check_flashhead_input_voice(_voice)

        flashhead_input = cls(
            image_url=image_url,
            text=text,
            seed=seed,
            stability=stability,
            voice=voice,
        )

        return flashhead_input

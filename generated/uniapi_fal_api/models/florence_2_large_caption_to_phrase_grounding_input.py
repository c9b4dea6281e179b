from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput

if TYPE_CHECKING:
    from .florence_2_large_caption_to_phrase_grounding_output import (
        Florence2LargeCaptionToPhraseGroundingOutput,  # noqa: F401
    )


T = TypeVar("T", bound="Florence2LargeCaptionToPhraseGroundingInput")


@_attrs_define
class Florence2LargeCaptionToPhraseGroundingInput(
    FalInput["Florence2LargeCaptionToPhraseGroundingOutput"],
    endpoint="fal-ai/florence-2-large/caption-to-phrase-grounding",
):
    """Input of `fal-ai/florence-2-large/caption-to-phrase-grounding` (unknown). fal publishes no constraints for it (it
    comes from fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths
    are not.

    """

    image_url: str
    """URL or local file."""
    text_input: str
    """String."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        text_input = self.text_input

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "text_input": text_input,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        text_input = d.pop("text_input")

        florence_2_large_caption_to_phrase_grounding_input = cls(
            image_url=image_url,
            text_input=text_input,
        )

        return florence_2_large_caption_to_phrase_grounding_input

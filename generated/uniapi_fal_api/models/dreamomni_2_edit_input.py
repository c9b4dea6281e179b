from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput

if TYPE_CHECKING:
    from .dreamomni_2_edit_output import Dreamomni2EditOutput  # noqa: F401


T = TypeVar("T", bound="Dreamomni2EditInput")


@_attrs_define
class Dreamomni2EditInput(FalInput["Dreamomni2EditOutput"], endpoint="fal-ai/dreamomni2/edit"):
    """Input of `fal-ai/dreamomni2/edit` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_urls: list[str]
    """List of string."""
    prompt: str
    """String."""

    def to_dict(self) -> dict[str, Any]:
        image_urls = self.image_urls

        prompt = self.prompt

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_urls": image_urls,
                "prompt": prompt,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_urls = cast(list[str], d.pop("image_urls"))

        prompt = d.pop("prompt")

        dreamomni_2_edit_input = cls(
            image_urls=image_urls,
            prompt=prompt,
        )

        return dreamomni_2_edit_input

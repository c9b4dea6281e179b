from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput

if TYPE_CHECKING:
    from .moondream_2_visual_query_output import Moondream2VisualQueryOutput  # noqa: F401


T = TypeVar("T", bound="Moondream2VisualQueryInput")


@_attrs_define
class Moondream2VisualQueryInput(
    FalInput["Moondream2VisualQueryOutput"], endpoint="fal-ai/moondream2/visual-query"
):
    """Input of `fal-ai/moondream2/visual-query` (vision)."""

    image_url: str
    """Image URL: string."""
    prompt: str
    """Query: string."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        prompt = self.prompt

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        prompt = d.pop("prompt")

        moondream_2_visual_query_input = cls(
            image_url=image_url,
            prompt=prompt,
        )

        return moondream_2_visual_query_input

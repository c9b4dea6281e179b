from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .bagel_understand_output import BagelUnderstandOutput  # noqa: F401


T = TypeVar("T", bound="BagelUnderstandInput")


@_attrs_define
class BagelUnderstandInput(FalInput["BagelUnderstandOutput"], endpoint="fal-ai/bagel/understand"):
    """Input of `fal-ai/bagel/understand` (image-to-json)."""

    image_url: str
    """Image Url: string."""
    prompt: str
    """Prompt: string."""
    seed: int | Unset = UNSET
    """Seed: integer."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        prompt = self.prompt

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        prompt = d.pop("prompt")

        seed = d.pop("seed", UNSET)

        bagel_understand_input = cls(
            image_url=image_url,
            prompt=prompt,
            seed=seed,
        )

        return bagel_understand_input

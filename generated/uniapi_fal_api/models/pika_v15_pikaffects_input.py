from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.pika_v15_pikaffects_input_pikaffect import (
    PikaV15PikaffectsInputPikaffect,
    check_pika_v15_pikaffects_input_pikaffect,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .pika_v15_pikaffects_output import PikaV15PikaffectsOutput  # noqa: F401


T = TypeVar("T", bound="PikaV15PikaffectsInput")


@_attrs_define
class PikaV15PikaffectsInput(
    FalInput["PikaV15PikaffectsOutput"], endpoint="fal-ai/pika/v1.5/pikaffects"
):
    """Input of `fal-ai/pika/v1.5/pikaffects` (image-to-video). fal no longer lists this endpoint."""

    image_url: str
    """Image Url: string."""
    pikaffect: PikaV15PikaffectsInputPikaffect
    """Pikaffect: one of "Cake-ify", "Crumble", "Crush", "Decapitate", "Deflate", "Dissolve",
    "Explode", "Eye-pop", ... (16 values)."""
    prompt: str | Unset = UNSET
    """Prompt: string."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string."""
    seed: int | Unset = UNSET
    """Seed: integer."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        pikaffect: str = self.pikaffect

        prompt = self.prompt

        negative_prompt = self.negative_prompt

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "pikaffect": pikaffect,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        pikaffect = check_pika_v15_pikaffects_input_pikaffect(d.pop("pikaffect"))

        prompt = d.pop("prompt", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        seed = d.pop("seed", UNSET)

        pika_v15_pikaffects_input = cls(
            image_url=image_url,
            pikaffect=pikaffect,
            prompt=prompt,
            negative_prompt=negative_prompt,
            seed=seed,
        )

        return pika_v15_pikaffects_input

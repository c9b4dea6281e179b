from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.pika_v22_pikascenes_input_aspect_ratio import (
    PikaV22PikascenesInputAspectRatio,
    check_pika_v22_pikascenes_input_aspect_ratio,
)
from ..models.pika_v22_pikascenes_input_duration import (
    PikaV22PikascenesInputDuration,
    check_pika_v22_pikascenes_input_duration,
)
from ..models.pika_v22_pikascenes_input_ingredients_mode import (
    PikaV22PikascenesInputIngredientsMode,
    check_pika_v22_pikascenes_input_ingredients_mode,
)
from ..models.pika_v22_pikascenes_input_resolution import (
    PikaV22PikascenesInputResolution,
    check_pika_v22_pikascenes_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .pika_v22_pikascenes_output import PikaV22PikascenesOutput  # noqa: F401


T = TypeVar("T", bound="PikaV22PikascenesInput")


@_attrs_define
class PikaV22PikascenesInput(
    FalInput["PikaV22PikascenesOutput"], endpoint="fal-ai/pika/v2.2/pikascenes"
):
    """Input of `fal-ai/pika/v2.2/pikascenes` (image-to-video)."""

    image_urls: list[str]
    """Image Urls: list of string."""
    prompt: str
    """Prompt: string."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: "ugly, bad, terrible"."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    aspect_ratio: PikaV22PikascenesInputAspectRatio | Unset = UNSET
    """Aspect Ratio: one of "16:9", "9:16", "1:1", "4:5", "5:4", "3:2", "2:3". Server default:
    "16:9"."""
    resolution: PikaV22PikascenesInputResolution | Unset = UNSET
    """Resolution: one of "720p", "1080p". Server default: "1080p"."""
    duration: PikaV22PikascenesInputDuration | Unset = UNSET
    """Duration: one of 5, 10. Server default: 5."""
    ingredients_mode: PikaV22PikascenesInputIngredientsMode | Unset = UNSET
    """Ingredients Mode: one of "precise", "creative". Server default: "precise"."""

    def to_dict(self) -> dict[str, Any]:
        image_urls = self.image_urls

        prompt = self.prompt

        negative_prompt = self.negative_prompt

        seed = self.seed

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        duration: int | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        ingredients_mode: str | Unset = UNSET
        if not isinstance(self.ingredients_mode, Unset):
            ingredients_mode = self.ingredients_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_urls": image_urls,
                "prompt": prompt,
            }
        )
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if seed is not UNSET:
            field_dict["seed"] = seed
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if duration is not UNSET:
            field_dict["duration"] = duration
        if ingredients_mode is not UNSET:
            field_dict["ingredients_mode"] = ingredients_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_urls = cast(list[str], d.pop("image_urls"))

        prompt = d.pop("prompt")

        negative_prompt = d.pop("negative_prompt", UNSET)

        seed = d.pop("seed", UNSET)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: PikaV22PikascenesInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_pika_v22_pikascenes_input_aspect_ratio(_aspect_ratio)

        _resolution = d.pop("resolution", UNSET)
        resolution: PikaV22PikascenesInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_pika_v22_pikascenes_input_resolution(_resolution)

        _duration = d.pop("duration", UNSET)
        duration: PikaV22PikascenesInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_pika_v22_pikascenes_input_duration(_duration)

        _ingredients_mode = d.pop("ingredients_mode", UNSET)
        ingredients_mode: PikaV22PikascenesInputIngredientsMode | Unset
        if isinstance(_ingredients_mode, Unset):
            ingredients_mode = UNSET
        else:
            ingredients_mode = check_pika_v22_pikascenes_input_ingredients_mode(_ingredients_mode)

        pika_v22_pikascenes_input = cls(
            image_urls=image_urls,
            prompt=prompt,
            negative_prompt=negative_prompt,
            seed=seed,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            duration=duration,
            ingredients_mode=ingredients_mode,
        )

        return pika_v22_pikascenes_input

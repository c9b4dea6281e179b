from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.pika_v22_pikaframes_input_resolution import (
    PikaV22PikaframesInputResolution,
    check_pika_v22_pikaframes_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.keyframe_transition import KeyframeTransition
    from .pika_v22_pikaframes_output import PikaV22PikaframesOutput  # noqa: F401


T = TypeVar("T", bound="PikaV22PikaframesInput")


@_attrs_define
class PikaV22PikaframesInput(
    FalInput["PikaV22PikaframesOutput"], endpoint="fal-ai/pika/v2.2/pikaframes"
):
    """Input of `fal-ai/pika/v2.2/pikaframes` (image-to-video)."""

    image_urls: list[str]
    """Image Urls: list of string."""
    transitions: list[KeyframeTransition] | Unset = UNSET
    """Transitions: list of KeyframeTransition."""
    prompt: str | Unset = UNSET
    """Prompt: string."""
    negative_prompt: str | Unset = UNSET
    """Negative Prompt: string. Server default: ""."""
    seed: int | Unset = UNSET
    """Seed: integer."""
    resolution: PikaV22PikaframesInputResolution | Unset = UNSET
    """Resolution: one of "720p", "1080p". Server default: "720p"."""

    def to_dict(self) -> dict[str, Any]:
        image_urls = self.image_urls

        transitions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transitions, Unset):
            transitions = []
            for transitions_item_data in self.transitions:
                transitions_item = transitions_item_data.to_dict()
                transitions.append(transitions_item)

        prompt = self.prompt

        negative_prompt = self.negative_prompt

        seed = self.seed

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_urls": image_urls,
            }
        )
        if transitions is not UNSET:
            field_dict["transitions"] = transitions
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if seed is not UNSET:
            field_dict["seed"] = seed
        if resolution is not UNSET:
            field_dict["resolution"] = resolution

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.keyframe_transition import KeyframeTransition  # noqa: PLC0415

        d = dict(src_dict)
        image_urls = cast(list[str], d.pop("image_urls"))

        _transitions = d.pop("transitions", UNSET)
        transitions: list[KeyframeTransition] | Unset = UNSET
        if _transitions is not UNSET:
            transitions = []
            for transitions_item_data in _transitions:
                transitions_item = KeyframeTransition.from_dict(transitions_item_data)

                transitions.append(transitions_item)

        prompt = d.pop("prompt", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        seed = d.pop("seed", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: PikaV22PikaframesInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_pika_v22_pikaframes_input_resolution(_resolution)

        pika_v22_pikaframes_input = cls(
            image_urls=image_urls,
            transitions=transitions,
            prompt=prompt,
            negative_prompt=negative_prompt,
            seed=seed,
            resolution=resolution,
        )

        return pika_v22_pikaframes_input

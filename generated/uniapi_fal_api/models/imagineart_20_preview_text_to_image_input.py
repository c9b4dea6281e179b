from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.imagineart_20_preview_text_to_image_input_aspect_ratio import (
    Imagineart20PreviewTextToImageInputAspectRatio,
    check_imagineart_20_preview_text_to_image_input_aspect_ratio,
)
from ..models.imagineart_20_preview_text_to_image_input_reasoning import (
    Imagineart20PreviewTextToImageInputReasoning,
    check_imagineart_20_preview_text_to_image_input_reasoning,
)
from ..models.imagineart_20_preview_text_to_image_input_resolution import (
    Imagineart20PreviewTextToImageInputResolution,
    check_imagineart_20_preview_text_to_image_input_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .imagineart_20_preview_text_to_image_output import (
        Imagineart20PreviewTextToImageOutput,  # noqa: F401
    )


T = TypeVar("T", bound="Imagineart20PreviewTextToImageInput")


@_attrs_define
class Imagineart20PreviewTextToImageInput(
    FalInput["Imagineart20PreviewTextToImageOutput"],
    endpoint="imagineart/imagineart-2.0-preview/text-to-image",
):
    """Input of `imagineart/imagineart-2.0-preview/text-to-image` (text-to-image). fal publishes no constraints for it (it
    comes from fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths
    are not.

    """

    prompt: str
    """String."""
    aspect_ratio: Imagineart20PreviewTextToImageInputAspectRatio | Unset = UNSET
    """One of "1:1", "16:9", "9:16", "4:3", "3:4", "3:1", "1:3", "3:2", ... (14 values). Server
    default: "1:1"."""
    reasoning: Imagineart20PreviewTextToImageInputReasoning | Unset = UNSET
    """One of "high", "low". Server default: "low"."""
    resolution: Imagineart20PreviewTextToImageInputResolution | Unset = UNSET
    """One of "1K", "2K". Server default: "2K"."""
    seed: float | Unset = UNSET
    """Number."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        reasoning: str | Unset = UNSET
        if not isinstance(self.reasoning, Unset):
            reasoning = self.reasoning

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Imagineart20PreviewTextToImageInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_imagineart_20_preview_text_to_image_input_aspect_ratio(
                _aspect_ratio
            )

        _reasoning = d.pop("reasoning", UNSET)
        reasoning: Imagineart20PreviewTextToImageInputReasoning | Unset
        if isinstance(_reasoning, Unset):
            reasoning = UNSET
        else:
            reasoning = check_imagineart_20_preview_text_to_image_input_reasoning(_reasoning)

        _resolution = d.pop("resolution", UNSET)
        resolution: Imagineart20PreviewTextToImageInputResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_imagineart_20_preview_text_to_image_input_resolution(_resolution)

        seed = d.pop("seed", UNSET)

        imagineart_20_preview_text_to_image_input = cls(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            reasoning=reasoning,
            resolution=resolution,
            seed=seed,
        )

        return imagineart_20_preview_text_to_image_input

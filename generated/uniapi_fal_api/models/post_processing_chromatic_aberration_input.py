from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.post_processing_chromatic_aberration_input_blue_direction import (
    PostProcessingChromaticAberrationInputBlueDirection,
    check_post_processing_chromatic_aberration_input_blue_direction,
)
from ..models.post_processing_chromatic_aberration_input_green_direction import (
    PostProcessingChromaticAberrationInputGreenDirection,
    check_post_processing_chromatic_aberration_input_green_direction,
)
from ..models.post_processing_chromatic_aberration_input_red_direction import (
    PostProcessingChromaticAberrationInputRedDirection,
    check_post_processing_chromatic_aberration_input_red_direction,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .post_processing_chromatic_aberration_output import (
        PostProcessingChromaticAberrationOutput,  # noqa: F401
    )


T = TypeVar("T", bound="PostProcessingChromaticAberrationInput")


@_attrs_define
class PostProcessingChromaticAberrationInput(
    FalInput["PostProcessingChromaticAberrationOutput"],
    endpoint="fal-ai/post-processing/chromatic-aberration",
):
    """Input of `fal-ai/post-processing/chromatic-aberration` (unknown). fal publishes no constraints for it (it comes from
    fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    blue_direction: PostProcessingChromaticAberrationInputBlueDirection | Unset = UNSET
    """One of "horizontal", "vertical". Server default: "horizontal"."""
    blue_shift: float | Unset = UNSET
    """Number."""
    green_direction: PostProcessingChromaticAberrationInputGreenDirection | Unset = UNSET
    """One of "horizontal", "vertical". Server default: "horizontal"."""
    green_shift: float | Unset = UNSET
    """Number."""
    red_direction: PostProcessingChromaticAberrationInputRedDirection | Unset = UNSET
    """One of "horizontal", "vertical". Server default: "horizontal"."""
    red_shift: float | Unset = UNSET
    """Number."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        blue_direction: str | Unset = UNSET
        if not isinstance(self.blue_direction, Unset):
            blue_direction = self.blue_direction

        blue_shift = self.blue_shift

        green_direction: str | Unset = UNSET
        if not isinstance(self.green_direction, Unset):
            green_direction = self.green_direction

        green_shift = self.green_shift

        red_direction: str | Unset = UNSET
        if not isinstance(self.red_direction, Unset):
            red_direction = self.red_direction

        red_shift = self.red_shift

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if blue_direction is not UNSET:
            field_dict["blue_direction"] = blue_direction
        if blue_shift is not UNSET:
            field_dict["blue_shift"] = blue_shift
        if green_direction is not UNSET:
            field_dict["green_direction"] = green_direction
        if green_shift is not UNSET:
            field_dict["green_shift"] = green_shift
        if red_direction is not UNSET:
            field_dict["red_direction"] = red_direction
        if red_shift is not UNSET:
            field_dict["red_shift"] = red_shift

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        _blue_direction = d.pop("blue_direction", UNSET)
        blue_direction: PostProcessingChromaticAberrationInputBlueDirection | Unset
        if isinstance(_blue_direction, Unset):
            blue_direction = UNSET
        else:
            blue_direction = check_post_processing_chromatic_aberration_input_blue_direction(
                _blue_direction
            )

        blue_shift = d.pop("blue_shift", UNSET)

        _green_direction = d.pop("green_direction", UNSET)
        green_direction: PostProcessingChromaticAberrationInputGreenDirection | Unset
        if isinstance(_green_direction, Unset):
            green_direction = UNSET
        else:
            green_direction = check_post_processing_chromatic_aberration_input_green_direction(
                _green_direction
            )

        green_shift = d.pop("green_shift", UNSET)

        _red_direction = d.pop("red_direction", UNSET)
        red_direction: PostProcessingChromaticAberrationInputRedDirection | Unset
        if isinstance(_red_direction, Unset):
            red_direction = UNSET
        else:
            red_direction = check_post_processing_chromatic_aberration_input_red_direction(
                _red_direction
            )

        red_shift = d.pop("red_shift", UNSET)

        post_processing_chromatic_aberration_input = cls(
            image_url=image_url,
            blue_direction=blue_direction,
            blue_shift=blue_shift,
            green_direction=green_direction,
            green_shift=green_shift,
            red_direction=red_direction,
            red_shift=red_shift,
        )

        return post_processing_chromatic_aberration_input

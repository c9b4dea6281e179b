from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.post_processing_dodge_burn_input_dodge_burn_mode import (
    PostProcessingDodgeBurnInputDodgeBurnMode,
    check_post_processing_dodge_burn_input_dodge_burn_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .post_processing_dodge_burn_output import PostProcessingDodgeBurnOutput  # noqa: F401


T = TypeVar("T", bound="PostProcessingDodgeBurnInput")


@_attrs_define
class PostProcessingDodgeBurnInput(
    FalInput["PostProcessingDodgeBurnOutput"], endpoint="fal-ai/post-processing/dodge-burn"
):
    """Input of `fal-ai/post-processing/dodge-burn` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    dodge_burn_intensity: float | Unset = UNSET
    """Number. Server default: 0.5."""
    dodge_burn_mode: PostProcessingDodgeBurnInputDodgeBurnMode | Unset = UNSET
    """One of "dodge", "burn", "dodge_and_burn", "burn_and_dodge", "color_dodge", "color_burn",
    "linear_dodge", "linear_burn". Server default: "dodge"."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        dodge_burn_intensity = self.dodge_burn_intensity

        dodge_burn_mode: str | Unset = UNSET
        if not isinstance(self.dodge_burn_mode, Unset):
            dodge_burn_mode = self.dodge_burn_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if dodge_burn_intensity is not UNSET:
            field_dict["dodge_burn_intensity"] = dodge_burn_intensity
        if dodge_burn_mode is not UNSET:
            field_dict["dodge_burn_mode"] = dodge_burn_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        dodge_burn_intensity = d.pop("dodge_burn_intensity", UNSET)

        _dodge_burn_mode = d.pop("dodge_burn_mode", UNSET)
        dodge_burn_mode: PostProcessingDodgeBurnInputDodgeBurnMode | Unset
        if isinstance(_dodge_burn_mode, Unset):
            dodge_burn_mode = UNSET
        else:
            dodge_burn_mode = check_post_processing_dodge_burn_input_dodge_burn_mode(
                _dodge_burn_mode
            )

        post_processing_dodge_burn_input = cls(
            image_url=image_url,
            dodge_burn_intensity=dodge_burn_intensity,
            dodge_burn_mode=dodge_burn_mode,
        )

        return post_processing_dodge_burn_input

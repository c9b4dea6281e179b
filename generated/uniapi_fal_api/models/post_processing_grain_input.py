from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.post_processing_grain_input_grain_style import (
    PostProcessingGrainInputGrainStyle,
    check_post_processing_grain_input_grain_style,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .post_processing_grain_output import PostProcessingGrainOutput  # noqa: F401


T = TypeVar("T", bound="PostProcessingGrainInput")


@_attrs_define
class PostProcessingGrainInput(
    FalInput["PostProcessingGrainOutput"], endpoint="fal-ai/post-processing/grain"
):
    """Input of `fal-ai/post-processing/grain` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    grain_intensity: float | Unset = UNSET
    """Number. Server default: 0.4."""
    grain_scale: float | Unset = UNSET
    """Number. Server default: 10."""
    grain_style: PostProcessingGrainInputGrainStyle | Unset = UNSET
    """One of "modern", "analog", "kodak", "fuji", "cinematic", "newspaper". Server default:
    "modern"."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        grain_intensity = self.grain_intensity

        grain_scale = self.grain_scale

        grain_style: str | Unset = UNSET
        if not isinstance(self.grain_style, Unset):
            grain_style = self.grain_style

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if grain_intensity is not UNSET:
            field_dict["grain_intensity"] = grain_intensity
        if grain_scale is not UNSET:
            field_dict["grain_scale"] = grain_scale
        if grain_style is not UNSET:
            field_dict["grain_style"] = grain_style

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        grain_intensity = d.pop("grain_intensity", UNSET)

        grain_scale = d.pop("grain_scale", UNSET)

        _grain_style = d.pop("grain_style", UNSET)
        grain_style: PostProcessingGrainInputGrainStyle | Unset
        if isinstance(_grain_style, Unset):
            grain_style = UNSET
        else:
            grain_style = check_post_processing_grain_input_grain_style(_grain_style)

        post_processing_grain_input = cls(
            image_url=image_url,
            grain_intensity=grain_intensity,
            grain_scale=grain_scale,
            grain_style=grain_style,
        )

        return post_processing_grain_input

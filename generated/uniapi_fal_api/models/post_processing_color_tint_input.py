from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.post_processing_color_tint_input_tint_mode import (
    PostProcessingColorTintInputTintMode,
    check_post_processing_color_tint_input_tint_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .post_processing_color_tint_output import PostProcessingColorTintOutput  # noqa: F401


T = TypeVar("T", bound="PostProcessingColorTintInput")


@_attrs_define
class PostProcessingColorTintInput(
    FalInput["PostProcessingColorTintOutput"], endpoint="fal-ai/post-processing/color-tint"
):
    """Input of `fal-ai/post-processing/color-tint` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    tint_mode: PostProcessingColorTintInputTintMode | Unset = UNSET
    """One of "sepia", "red", "green", "blue", "cyan", "magenta", "yellow", "purple", ... (20
    values). Server default: "sepia"."""
    tint_strength: float | Unset = UNSET
    """Number. Server default: 1."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        tint_mode: str | Unset = UNSET
        if not isinstance(self.tint_mode, Unset):
            tint_mode = self.tint_mode

        tint_strength = self.tint_strength

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if tint_mode is not UNSET:
            field_dict["tint_mode"] = tint_mode
        if tint_strength is not UNSET:
            field_dict["tint_strength"] = tint_strength

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        _tint_mode = d.pop("tint_mode", UNSET)
        tint_mode: PostProcessingColorTintInputTintMode | Unset
        if isinstance(_tint_mode, Unset):
            tint_mode = UNSET
        else:
            tint_mode = check_post_processing_color_tint_input_tint_mode(_tint_mode)

        tint_strength = d.pop("tint_strength", UNSET)

        post_processing_color_tint_input = cls(
            image_url=image_url,
            tint_mode=tint_mode,
            tint_strength=tint_strength,
        )

        return post_processing_color_tint_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .post_processing_vignette_output import PostProcessingVignetteOutput  # noqa: F401


T = TypeVar("T", bound="PostProcessingVignetteInput")


@_attrs_define
class PostProcessingVignetteInput(
    FalInput["PostProcessingVignetteOutput"], endpoint="fal-ai/post-processing/vignette"
):
    """Input of `fal-ai/post-processing/vignette` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    vignette_strength: float | Unset = UNSET
    """Number. Server default: 0.5."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        vignette_strength = self.vignette_strength

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if vignette_strength is not UNSET:
            field_dict["vignette_strength"] = vignette_strength

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        vignette_strength = d.pop("vignette_strength", UNSET)

        post_processing_vignette_input = cls(
            image_url=image_url,
            vignette_strength=vignette_strength,
        )

        return post_processing_vignette_input

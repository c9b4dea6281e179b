from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.post_processing_blur_input_blur_type import (
    PostProcessingBlurInputBlurType,
    check_post_processing_blur_input_blur_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .post_processing_blur_output import PostProcessingBlurOutput  # noqa: F401


T = TypeVar("T", bound="PostProcessingBlurInput")


@_attrs_define
class PostProcessingBlurInput(
    FalInput["PostProcessingBlurOutput"], endpoint="fal-ai/post-processing/blur"
):
    """Input of `fal-ai/post-processing/blur` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    blur_radius: float | Unset = UNSET
    """Number. Server default: 3."""
    blur_sigma: float | Unset = UNSET
    """Number. Server default: 1."""
    blur_type: PostProcessingBlurInputBlurType | Unset = UNSET
    """One of "gaussian", "kuwahara". Server default: "gaussian"."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        blur_radius = self.blur_radius

        blur_sigma = self.blur_sigma

        blur_type: str | Unset = UNSET
        if not isinstance(self.blur_type, Unset):
            blur_type = self.blur_type

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if blur_radius is not UNSET:
            field_dict["blur_radius"] = blur_radius
        if blur_sigma is not UNSET:
            field_dict["blur_sigma"] = blur_sigma
        if blur_type is not UNSET:
            field_dict["blur_type"] = blur_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        blur_radius = d.pop("blur_radius", UNSET)

        blur_sigma = d.pop("blur_sigma", UNSET)

        _blur_type = d.pop("blur_type", UNSET)
        blur_type: PostProcessingBlurInputBlurType | Unset
        if isinstance(_blur_type, Unset):
            blur_type = UNSET
        else:
            blur_type = check_post_processing_blur_input_blur_type(_blur_type)

        post_processing_blur_input = cls(
            image_url=image_url,
            blur_radius=blur_radius,
            blur_sigma=blur_sigma,
            blur_type=blur_type,
        )

        return post_processing_blur_input

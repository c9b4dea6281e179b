from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.post_processing_desaturate_input_desaturate_method import (
    PostProcessingDesaturateInputDesaturateMethod,
    check_post_processing_desaturate_input_desaturate_method,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .post_processing_desaturate_output import PostProcessingDesaturateOutput  # noqa: F401


T = TypeVar("T", bound="PostProcessingDesaturateInput")


@_attrs_define
class PostProcessingDesaturateInput(
    FalInput["PostProcessingDesaturateOutput"], endpoint="fal-ai/post-processing/desaturate"
):
    """Input of `fal-ai/post-processing/desaturate` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    desaturate_factor: float | Unset = UNSET
    """Number. Server default: 1."""
    desaturate_method: PostProcessingDesaturateInputDesaturateMethod | Unset = UNSET
    """One of "luminance (Rec.709)", "luminance (Rec.601)", "average", "lightness". Server default:
    "luminance (Rec.709)"."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        desaturate_factor = self.desaturate_factor

        desaturate_method: str | Unset = UNSET
        if not isinstance(self.desaturate_method, Unset):
            desaturate_method = self.desaturate_method

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if desaturate_factor is not UNSET:
            field_dict["desaturate_factor"] = desaturate_factor
        if desaturate_method is not UNSET:
            field_dict["desaturate_method"] = desaturate_method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        desaturate_factor = d.pop("desaturate_factor", UNSET)

        _desaturate_method = d.pop("desaturate_method", UNSET)
        desaturate_method: PostProcessingDesaturateInputDesaturateMethod | Unset
        if isinstance(_desaturate_method, Unset):
            desaturate_method = UNSET
        else:
            desaturate_method = check_post_processing_desaturate_input_desaturate_method(
                _desaturate_method
            )

        post_processing_desaturate_input = cls(
            image_url=image_url,
            desaturate_factor=desaturate_factor,
            desaturate_method=desaturate_method,
        )

        return post_processing_desaturate_input

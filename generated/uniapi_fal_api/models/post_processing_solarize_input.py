from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .post_processing_solarize_output import PostProcessingSolarizeOutput  # noqa: F401


T = TypeVar("T", bound="PostProcessingSolarizeInput")


@_attrs_define
class PostProcessingSolarizeInput(
    FalInput["PostProcessingSolarizeOutput"], endpoint="fal-ai/post-processing/solarize"
):
    """Input of `fal-ai/post-processing/solarize` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    solarize_threshold: float | Unset = UNSET
    """Number. Server default: 0.5."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        solarize_threshold = self.solarize_threshold

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if solarize_threshold is not UNSET:
            field_dict["solarize_threshold"] = solarize_threshold

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        solarize_threshold = d.pop("solarize_threshold", UNSET)

        post_processing_solarize_input = cls(
            image_url=image_url,
            solarize_threshold=solarize_threshold,
        )

        return post_processing_solarize_input

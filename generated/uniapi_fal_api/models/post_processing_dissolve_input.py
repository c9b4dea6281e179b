from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .post_processing_dissolve_output import PostProcessingDissolveOutput  # noqa: F401


T = TypeVar("T", bound="PostProcessingDissolveInput")


@_attrs_define
class PostProcessingDissolveInput(
    FalInput["PostProcessingDissolveOutput"], endpoint="fal-ai/post-processing/dissolve"
):
    """Input of `fal-ai/post-processing/dissolve` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    dissolve_image_url: str
    """URL or local file."""
    image_url: str
    """URL or local file."""
    dissolve_factor: float | Unset = UNSET
    """Number. Server default: 0.5."""

    def to_dict(self) -> dict[str, Any]:
        dissolve_image_url = self.dissolve_image_url

        image_url = self.image_url

        dissolve_factor = self.dissolve_factor

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "dissolve_image_url": dissolve_image_url,
                "image_url": image_url,
            }
        )
        if dissolve_factor is not UNSET:
            field_dict["dissolve_factor"] = dissolve_factor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dissolve_image_url = d.pop("dissolve_image_url")

        image_url = d.pop("image_url")

        dissolve_factor = d.pop("dissolve_factor", UNSET)

        post_processing_dissolve_input = cls(
            dissolve_image_url=dissolve_image_url,
            image_url=image_url,
            dissolve_factor=dissolve_factor,
        )

        return post_processing_dissolve_input

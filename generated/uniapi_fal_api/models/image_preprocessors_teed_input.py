from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput

if TYPE_CHECKING:
    from .image_preprocessors_teed_output import ImagePreprocessorsTeedOutput  # noqa: F401


T = TypeVar("T", bound="ImagePreprocessorsTeedInput")


@_attrs_define
class ImagePreprocessorsTeedInput(
    FalInput["ImagePreprocessorsTeedOutput"], endpoint="fal-ai/image-preprocessors/teed"
):
    """Input of `fal-ai/image-preprocessors/teed` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        image_preprocessors_teed_input = cls(
            image_url=image_url,
        )

        return image_preprocessors_teed_input

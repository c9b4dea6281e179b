from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .image_preprocessors_lineart_output import ImagePreprocessorsLineartOutput  # noqa: F401


T = TypeVar("T", bound="ImagePreprocessorsLineartInput")


@_attrs_define
class ImagePreprocessorsLineartInput(
    FalInput["ImagePreprocessorsLineartOutput"], endpoint="fal-ai/image-preprocessors/lineart"
):
    """Input of `fal-ai/image-preprocessors/lineart` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    coarse: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        coarse = self.coarse

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if coarse is not UNSET:
            field_dict["coarse"] = coarse

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        coarse = d.pop("coarse", UNSET)

        image_preprocessors_lineart_input = cls(
            image_url=image_url,
            coarse=coarse,
        )

        return image_preprocessors_lineart_input

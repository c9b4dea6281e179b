from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .image_preprocessors_midas_output import ImagePreprocessorsMidasOutput  # noqa: F401


T = TypeVar("T", bound="ImagePreprocessorsMidasInput")


@_attrs_define
class ImagePreprocessorsMidasInput(
    FalInput["ImagePreprocessorsMidasOutput"], endpoint="fal-ai/image-preprocessors/midas"
):
    """Input of `fal-ai/image-preprocessors/midas` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    a: float | Unset = UNSET
    """Number. Server default: 6.283185307179586."""
    background_threshold: float | Unset = UNSET
    """Number. Server default: 0.1."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        a = self.a

        background_threshold = self.background_threshold

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if a is not UNSET:
            field_dict["a"] = a
        if background_threshold is not UNSET:
            field_dict["background_threshold"] = background_threshold

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        a = d.pop("a", UNSET)

        background_threshold = d.pop("background_threshold", UNSET)

        image_preprocessors_midas_input = cls(
            image_url=image_url,
            a=a,
            background_threshold=background_threshold,
        )

        return image_preprocessors_midas_input

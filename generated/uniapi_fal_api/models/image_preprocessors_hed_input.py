from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .image_preprocessors_hed_output import ImagePreprocessorsHedOutput  # noqa: F401


T = TypeVar("T", bound="ImagePreprocessorsHedInput")


@_attrs_define
class ImagePreprocessorsHedInput(
    FalInput["ImagePreprocessorsHedOutput"], endpoint="fal-ai/image-preprocessors/hed"
):
    """Input of `fal-ai/image-preprocessors/hed` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    safe: bool | Unset = UNSET
    """Boolean."""
    scribble: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        safe = self.safe

        scribble = self.scribble

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if safe is not UNSET:
            field_dict["safe"] = safe
        if scribble is not UNSET:
            field_dict["scribble"] = scribble

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        safe = d.pop("safe", UNSET)

        scribble = d.pop("scribble", UNSET)

        image_preprocessors_hed_input = cls(
            image_url=image_url,
            safe=safe,
            scribble=scribble,
        )

        return image_preprocessors_hed_input

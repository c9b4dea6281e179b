from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.imagineart_20_edit_preview_image_to_image_input_aspect_ratio import (
    Imagineart20EditPreviewImageToImageInputAspectRatio,
    check_imagineart_20_edit_preview_image_to_image_input_aspect_ratio,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .imagineart_20_edit_preview_image_to_image_output import (
        Imagineart20EditPreviewImageToImageOutput,  # noqa: F401
    )


T = TypeVar("T", bound="Imagineart20EditPreviewImageToImageInput")


@_attrs_define
class Imagineart20EditPreviewImageToImageInput(
    FalInput["Imagineart20EditPreviewImageToImageOutput"],
    endpoint="imagineart/imagineart-2.0-edit-preview/image-to-image",
):
    """Input of `imagineart/imagineart-2.0-edit-preview/image-to-image` (image-to-image). fal publishes no constraints for
    it (it comes from fal's TypeScript types): types, enums and required fields are checked before sending, bounds and
    lengths are not.

    """

    image_urls: list[str]
    """List of string."""
    prompt: str
    """String."""
    aspect_ratio: Imagineart20EditPreviewImageToImageInputAspectRatio | Unset = UNSET
    """One of "auto", "1:1", "9:16", "16:9", "3:2", "2:3", "4:3", "3:4", ... (13 values). Server
    default: "auto"."""

    def to_dict(self) -> dict[str, Any]:
        image_urls = self.image_urls

        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_urls": image_urls,
                "prompt": prompt,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_urls = cast(list[str], d.pop("image_urls"))

        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Imagineart20EditPreviewImageToImageInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_imagineart_20_edit_preview_image_to_image_input_aspect_ratio(
                _aspect_ratio
            )

        imagineart_20_edit_preview_image_to_image_input = cls(
            image_urls=image_urls,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
        )

        return imagineart_20_edit_preview_image_to_image_input

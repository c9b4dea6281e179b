from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.image_preprocessors_scribble_input_model import (
    ImagePreprocessorsScribbleInputModel,
    check_image_preprocessors_scribble_input_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .image_preprocessors_scribble_output import ImagePreprocessorsScribbleOutput  # noqa: F401


T = TypeVar("T", bound="ImagePreprocessorsScribbleInput")


@_attrs_define
class ImagePreprocessorsScribbleInput(
    FalInput["ImagePreprocessorsScribbleOutput"], endpoint="fal-ai/image-preprocessors/scribble"
):
    """Input of `fal-ai/image-preprocessors/scribble` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    model: ImagePreprocessorsScribbleInputModel | Unset = UNSET
    """One of "HED", "PiDi". Server default: "HED"."""
    safe: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        safe = self.safe

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if safe is not UNSET:
            field_dict["safe"] = safe

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        _model = d.pop("model", UNSET)
        model: ImagePreprocessorsScribbleInputModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_image_preprocessors_scribble_input_model(_model)

        safe = d.pop("safe", UNSET)

        image_preprocessors_scribble_input = cls(
            image_url=image_url,
            model=model,
            safe=safe,
        )

        return image_preprocessors_scribble_input

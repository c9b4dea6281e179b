from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.object_removal_input_model import (
    ObjectRemovalInputModel,
    check_object_removal_input_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .object_removal_output import ObjectRemovalOutput  # noqa: F401


T = TypeVar("T", bound="ObjectRemovalInput")


@_attrs_define
class ObjectRemovalInput(FalInput["ObjectRemovalOutput"], endpoint="fal-ai/object-removal"):
    """Input of `fal-ai/object-removal` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    prompt: str
    """String."""
    mask_expansion: float | Unset = UNSET
    """Number. Server default: 15."""
    model: ObjectRemovalInputModel | Unset = UNSET
    """One of "low_quality", "medium_quality", "high_quality", "best_quality". Server default:
    "best_quality"."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        prompt = self.prompt

        mask_expansion = self.mask_expansion

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        if mask_expansion is not UNSET:
            field_dict["mask_expansion"] = mask_expansion
        if model is not UNSET:
            field_dict["model"] = model

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        prompt = d.pop("prompt")

        mask_expansion = d.pop("mask_expansion", UNSET)

        _model = d.pop("model", UNSET)
        model: ObjectRemovalInputModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_object_removal_input_model(_model)

        object_removal_input = cls(
            image_url=image_url,
            prompt=prompt,
            mask_expansion=mask_expansion,
            model=model,
        )

        return object_removal_input

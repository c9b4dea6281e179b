from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .ernie_image_trainer_output import ErnieImageTrainerOutput  # noqa: F401


T = TypeVar("T", bound="ErnieImageTrainerInput")


@_attrs_define
class ErnieImageTrainerInput(
    FalInput["ErnieImageTrainerOutput"], endpoint="fal-ai/ernie-image-trainer"
):
    """Input of `fal-ai/ernie-image-trainer` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    images_data_url: str
    """URL or local file."""
    default_caption: str | Unset = UNSET
    """String."""
    learning_rate: float | Unset = UNSET
    """Number. Server default: 0.0005."""
    steps: float | Unset = UNSET
    """Number. Server default: 2000."""

    def to_dict(self) -> dict[str, Any]:
        images_data_url = self.images_data_url

        default_caption = self.default_caption

        learning_rate = self.learning_rate

        steps = self.steps

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "images_data_url": images_data_url,
            }
        )
        if default_caption is not UNSET:
            field_dict["default_caption"] = default_caption
        if learning_rate is not UNSET:
            field_dict["learning_rate"] = learning_rate
        if steps is not UNSET:
            field_dict["steps"] = steps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        images_data_url = d.pop("images_data_url")

        default_caption = d.pop("default_caption", UNSET)

        learning_rate = d.pop("learning_rate", UNSET)

        steps = d.pop("steps", UNSET)

        ernie_image_trainer_input = cls(
            images_data_url=images_data_url,
            default_caption=default_caption,
            learning_rate=learning_rate,
            steps=steps,
        )

        return ernie_image_trainer_input

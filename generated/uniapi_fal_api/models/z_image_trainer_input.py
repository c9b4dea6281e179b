from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.z_image_trainer_input_training_type import (
    ZImageTrainerInputTrainingType,
    check_z_image_trainer_input_training_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .z_image_trainer_output import ZImageTrainerOutput  # noqa: F401


T = TypeVar("T", bound="ZImageTrainerInput")


@_attrs_define
class ZImageTrainerInput(FalInput["ZImageTrainerOutput"], endpoint="fal-ai/z-image-trainer"):
    """Input of `fal-ai/z-image-trainer` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_data_url: str
    """URL or local file."""
    default_caption: str | Unset = UNSET
    """String."""
    learning_rate: float | Unset = UNSET
    """Number. Server default: 0.0001."""
    steps: float | Unset = UNSET
    """Number. Server default: 1000."""
    training_type: ZImageTrainerInputTrainingType | Unset = UNSET
    """One of "content", "style", "balanced". Server default: "balanced"."""

    def to_dict(self) -> dict[str, Any]:
        image_data_url = self.image_data_url

        default_caption = self.default_caption

        learning_rate = self.learning_rate

        steps = self.steps

        training_type: str | Unset = UNSET
        if not isinstance(self.training_type, Unset):
            training_type = self.training_type

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_data_url": image_data_url,
            }
        )
        if default_caption is not UNSET:
            field_dict["default_caption"] = default_caption
        if learning_rate is not UNSET:
            field_dict["learning_rate"] = learning_rate
        if steps is not UNSET:
            field_dict["steps"] = steps
        if training_type is not UNSET:
            field_dict["training_type"] = training_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_data_url = d.pop("image_data_url")

        default_caption = d.pop("default_caption", UNSET)

        learning_rate = d.pop("learning_rate", UNSET)

        steps = d.pop("steps", UNSET)

        _training_type = d.pop("training_type", UNSET)
        training_type: ZImageTrainerInputTrainingType | Unset
        if isinstance(_training_type, Unset):
            training_type = UNSET
        else:
            training_type = check_z_image_trainer_input_training_type(_training_type)

        z_image_trainer_input = cls(
            image_data_url=image_data_url,
            default_caption=default_caption,
            learning_rate=learning_rate,
            steps=steps,
            training_type=training_type,
        )

        return z_image_trainer_input

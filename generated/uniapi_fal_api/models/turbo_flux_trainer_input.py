from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.turbo_flux_trainer_input_training_style import (
    TurboFluxTrainerInputTrainingStyle,
    check_turbo_flux_trainer_input_training_style,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .turbo_flux_trainer_output import TurboFluxTrainerOutput  # noqa: F401


T = TypeVar("T", bound="TurboFluxTrainerInput")


@_attrs_define
class TurboFluxTrainerInput(
    FalInput["TurboFluxTrainerOutput"], endpoint="fal-ai/turbo-flux-trainer"
):
    """Input of `fal-ai/turbo-flux-trainer` (training)."""

    images_data_url: str
    """Images Data Url: string."""
    trigger_phrase: str | Unset = UNSET
    """Trigger Phrase: string. Server default: "ohwx"."""
    steps: int | Unset = UNSET
    """Steps: integer, 1 to 10,000. Server default: 1000."""
    learning_rate: float | Unset = UNSET
    """Learning Rate: number, 1e-07 to 0.01. Server default: 0.00115."""
    training_style: TurboFluxTrainerInputTrainingStyle | Unset = UNSET
    """Training Style: one of "subject", "style". Server default: "subject"."""
    face_crop: bool | Unset = UNSET
    """Face Crop: boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        images_data_url = self.images_data_url

        trigger_phrase = self.trigger_phrase

        steps = self.steps

        learning_rate = self.learning_rate

        training_style: str | Unset = UNSET
        if not isinstance(self.training_style, Unset):
            training_style = self.training_style

        face_crop = self.face_crop

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "images_data_url": images_data_url,
            }
        )
        if trigger_phrase is not UNSET:
            field_dict["trigger_phrase"] = trigger_phrase
        if steps is not UNSET:
            field_dict["steps"] = steps
        if learning_rate is not UNSET:
            field_dict["learning_rate"] = learning_rate
        if training_style is not UNSET:
            field_dict["training_style"] = training_style
        if face_crop is not UNSET:
            field_dict["face_crop"] = face_crop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        images_data_url = d.pop("images_data_url")

        trigger_phrase = d.pop("trigger_phrase", UNSET)

        steps = d.pop("steps", UNSET)

        learning_rate = d.pop("learning_rate", UNSET)

        _training_style = d.pop("training_style", UNSET)
        training_style: TurboFluxTrainerInputTrainingStyle | Unset
        if isinstance(_training_style, Unset):
            training_style = UNSET
        else:
            training_style = check_turbo_flux_trainer_input_training_style(_training_style)

        face_crop = d.pop("face_crop", UNSET)

        turbo_flux_trainer_input = cls(
            images_data_url=images_data_url,
            trigger_phrase=trigger_phrase,
            steps=steps,
            learning_rate=learning_rate,
            training_style=training_style,
            face_crop=face_crop,
        )

        return turbo_flux_trainer_input

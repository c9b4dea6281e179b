from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .wan_trainer_flf_2v720p_output import WanTrainerFlf2V720POutput  # noqa: F401


T = TypeVar("T", bound="WanTrainerFlf2V720PInput")


@_attrs_define
class WanTrainerFlf2V720PInput(
    FalInput["WanTrainerFlf2V720POutput"], endpoint="fal-ai/wan-trainer/flf2v-720p"
):
    """Input of `fal-ai/wan-trainer/flf2v-720p` (training). fal no longer lists this endpoint."""

    training_data_url: str
    """Training Data URL: string."""
    number_of_steps: int | Unset = UNSET
    """Number Of Steps: integer, 1 to 20,000. Server default: 400."""
    learning_rate: float | Unset = UNSET
    """Learning Rate: number, 1e-06 to 1. Server default: 0.0002."""
    trigger_phrase: str | Unset = UNSET
    """Trigger Phrase: string. Server default: ""."""
    auto_scale_input: bool | Unset = UNSET
    """Auto-Scale Input: boolean. Server default: false."""

    def to_dict(self) -> dict[str, Any]:
        training_data_url = self.training_data_url

        number_of_steps = self.number_of_steps

        learning_rate = self.learning_rate

        trigger_phrase = self.trigger_phrase

        auto_scale_input = self.auto_scale_input

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "training_data_url": training_data_url,
            }
        )
        if number_of_steps is not UNSET:
            field_dict["number_of_steps"] = number_of_steps
        if learning_rate is not UNSET:
            field_dict["learning_rate"] = learning_rate
        if trigger_phrase is not UNSET:
            field_dict["trigger_phrase"] = trigger_phrase
        if auto_scale_input is not UNSET:
            field_dict["auto_scale_input"] = auto_scale_input

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        training_data_url = d.pop("training_data_url")

        number_of_steps = d.pop("number_of_steps", UNSET)

        learning_rate = d.pop("learning_rate", UNSET)

        trigger_phrase = d.pop("trigger_phrase", UNSET)

        auto_scale_input = d.pop("auto_scale_input", UNSET)

        wan_trainer_flf_2v720p_input = cls(
            training_data_url=training_data_url,
            number_of_steps=number_of_steps,
            learning_rate=learning_rate,
            trigger_phrase=trigger_phrase,
            auto_scale_input=auto_scale_input,
        )

        return wan_trainer_flf_2v720p_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .wan_trainer_t2v_output import WanTrainerT2VOutput  # noqa: F401


T = TypeVar("T", bound="WanTrainerT2VInput")


@_attrs_define
class WanTrainerT2VInput(FalInput["WanTrainerT2VOutput"], endpoint="fal-ai/wan-trainer/t2v"):
    """Input of `fal-ai/wan-trainer/t2v` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    training_data_url: str
    """URL or local file."""
    auto_scale_input: bool | Unset = UNSET
    """Boolean."""
    learning_rate: float | Unset = UNSET
    """Number. Server default: 0.0002."""
    number_of_steps: float | Unset = UNSET
    """Number. Server default: 400."""
    trigger_phrase: str | Unset = UNSET
    """String. Server default: ""."""

    def to_dict(self) -> dict[str, Any]:
        training_data_url = self.training_data_url

        auto_scale_input = self.auto_scale_input

        learning_rate = self.learning_rate

        number_of_steps = self.number_of_steps

        trigger_phrase = self.trigger_phrase

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "training_data_url": training_data_url,
            }
        )
        if auto_scale_input is not UNSET:
            field_dict["auto_scale_input"] = auto_scale_input
        if learning_rate is not UNSET:
            field_dict["learning_rate"] = learning_rate
        if number_of_steps is not UNSET:
            field_dict["number_of_steps"] = number_of_steps
        if trigger_phrase is not UNSET:
            field_dict["trigger_phrase"] = trigger_phrase

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        training_data_url = d.pop("training_data_url")

        auto_scale_input = d.pop("auto_scale_input", UNSET)

        learning_rate = d.pop("learning_rate", UNSET)

        number_of_steps = d.pop("number_of_steps", UNSET)

        trigger_phrase = d.pop("trigger_phrase", UNSET)

        wan_trainer_t2v_input = cls(
            training_data_url=training_data_url,
            auto_scale_input=auto_scale_input,
            learning_rate=learning_rate,
            number_of_steps=number_of_steps,
            trigger_phrase=trigger_phrase,
        )

        return wan_trainer_t2v_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.flux_2_klein_9b_base_trainer_input_output_lora_format import (
    Flux2Klein9BBaseTrainerInputOutputLoraFormat,
    check_flux_2_klein_9b_base_trainer_input_output_lora_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .flux_2_klein_9b_base_trainer_output import Flux2Klein9BBaseTrainerOutput  # noqa: F401


T = TypeVar("T", bound="Flux2Klein9BBaseTrainerInput")


@_attrs_define
class Flux2Klein9BBaseTrainerInput(
    FalInput["Flux2Klein9BBaseTrainerOutput"], endpoint="fal-ai/flux-2-klein-9b-base-trainer"
):
    """Input of `fal-ai/flux-2-klein-9b-base-trainer` (training)."""

    image_data_url: str
    """Image Data Url: string."""
    steps: int | Unset = UNSET
    """Steps: integer, 100 to 10,000, a multiple of 100. Server default: 1000."""
    learning_rate: float | Unset = UNSET
    """Learning Rate: number. Server default: 5e-05."""
    default_caption: None | str | Unset = UNSET
    """Default Caption: string or None."""
    output_lora_format: Flux2Klein9BBaseTrainerInputOutputLoraFormat | Unset = UNSET
    """Output Lora Format: one of "fal", "comfy". Server default: "fal"."""

    def to_dict(self) -> dict[str, Any]:
        image_data_url = self.image_data_url

        steps = self.steps

        learning_rate = self.learning_rate

        default_caption: None | str | Unset
        if isinstance(self.default_caption, Unset):
            default_caption = UNSET
        else:
            default_caption = self.default_caption

        output_lora_format: str | Unset = UNSET
        if not isinstance(self.output_lora_format, Unset):
            output_lora_format = self.output_lora_format

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_data_url": image_data_url,
            }
        )
        if steps is not UNSET:
            field_dict["steps"] = steps
        if learning_rate is not UNSET:
            field_dict["learning_rate"] = learning_rate
        if default_caption is not UNSET:
            field_dict["default_caption"] = default_caption
        if output_lora_format is not UNSET:
            field_dict["output_lora_format"] = output_lora_format

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_data_url = d.pop("image_data_url")

        steps = d.pop("steps", UNSET)

        learning_rate = d.pop("learning_rate", UNSET)

        def _parse_default_caption(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_caption = _parse_default_caption(d.pop("default_caption", UNSET))

        _output_lora_format = d.pop("output_lora_format", UNSET)
        output_lora_format: Flux2Klein9BBaseTrainerInputOutputLoraFormat | Unset
        if isinstance(_output_lora_format, Unset):
            output_lora_format = UNSET
        else:
            output_lora_format = check_flux_2_klein_9b_base_trainer_input_output_lora_format(
                _output_lora_format
            )

        flux_2_klein_9b_base_trainer_input = cls(
            image_data_url=image_data_url,
            steps=steps,
            learning_rate=learning_rate,
            default_caption=default_caption,
            output_lora_format=output_lora_format,
        )

        return flux_2_klein_9b_base_trainer_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.ideogram_v4_trainer_input_output_lora_format import (
    IdeogramV4TrainerInputOutputLoraFormat,
    check_ideogram_v4_trainer_input_output_lora_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .ideogram_v4_trainer_output import IdeogramV4TrainerOutput  # noqa: F401


T = TypeVar("T", bound="IdeogramV4TrainerInput")


@_attrs_define
class IdeogramV4TrainerInput(FalInput["IdeogramV4TrainerOutput"], endpoint="ideogram/v4/trainer"):
    """Input of `ideogram/v4/trainer` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    images_data_url: str
    """URL or local file."""
    default_caption: str | Unset = UNSET
    """String."""
    learning_rate: float | Unset = UNSET
    """Number. Server default: 0.0001."""
    output_lora_format: IdeogramV4TrainerInputOutputLoraFormat | Unset = UNSET
    """One of "fal", "comfy". Server default: "fal"."""
    resolution: str | Unset = UNSET
    """String. Server default: "auto"."""
    steps: float | Unset = UNSET
    """Number. Server default: 1000."""

    def to_dict(self) -> dict[str, Any]:
        images_data_url = self.images_data_url

        default_caption = self.default_caption

        learning_rate = self.learning_rate

        output_lora_format: str | Unset = UNSET
        if not isinstance(self.output_lora_format, Unset):
            output_lora_format = self.output_lora_format

        resolution = self.resolution

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
        if output_lora_format is not UNSET:
            field_dict["output_lora_format"] = output_lora_format
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if steps is not UNSET:
            field_dict["steps"] = steps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        images_data_url = d.pop("images_data_url")

        default_caption = d.pop("default_caption", UNSET)

        learning_rate = d.pop("learning_rate", UNSET)

        _output_lora_format = d.pop("output_lora_format", UNSET)
        output_lora_format: IdeogramV4TrainerInputOutputLoraFormat | Unset
        if isinstance(_output_lora_format, Unset):
            output_lora_format = UNSET
        else:
            output_lora_format = check_ideogram_v4_trainer_input_output_lora_format(
                _output_lora_format
            )

        resolution = d.pop("resolution", UNSET)

        steps = d.pop("steps", UNSET)

        ideogram_v4_trainer_input = cls(
            images_data_url=images_data_url,
            default_caption=default_caption,
            learning_rate=learning_rate,
            output_lora_format=output_lora_format,
            resolution=resolution,
            steps=steps,
        )

        return ideogram_v4_trainer_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.arbiter_image_text_input_measurements_item import (
    ArbiterImageTextInputMeasurementsItem,
    check_arbiter_image_text_input_measurements_item,
)

if TYPE_CHECKING:
    from ..models.semantic_image_input import SemanticImageInput
    from .arbiter_image_text_output import ArbiterImageTextOutput  # noqa: F401


T = TypeVar("T", bound="ArbiterImageTextInput")


@_attrs_define
class ArbiterImageTextInput(
    FalInput["ArbiterImageTextOutput"], endpoint="fal-ai/arbiter/image/text"
):
    """Input of `fal-ai/arbiter/image/text` (vision). fal no longer lists this endpoint."""

    measurements: list[ArbiterImageTextInputMeasurementsItem]
    """Measurements: list of one of "clip_score"."""
    inputs: list[SemanticImageInput]
    """Inputs: list of SemanticImageInput."""

    def to_dict(self) -> dict[str, Any]:
        measurements = []
        for measurements_item_data in self.measurements:
            measurements_item: str = measurements_item_data
            measurements.append(measurements_item)

        inputs = []
        for inputs_item_data in self.inputs:
            inputs_item = inputs_item_data.to_dict()
            inputs.append(inputs_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "measurements": measurements,
                "inputs": inputs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.semantic_image_input import SemanticImageInput  # noqa: PLC0415

        d = dict(src_dict)
        measurements = []
        _measurements = d.pop("measurements")
        for measurements_item_data in _measurements:
            measurements_item = check_arbiter_image_text_input_measurements_item(
                measurements_item_data
            )

            measurements.append(measurements_item)

        inputs = []
        _inputs = d.pop("inputs")
        for inputs_item_data in _inputs:
            inputs_item = SemanticImageInput.from_dict(inputs_item_data)

            inputs.append(inputs_item)

        arbiter_image_text_input = cls(
            measurements=measurements,
            inputs=inputs,
        )

        return arbiter_image_text_input

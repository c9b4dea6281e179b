from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.arbiter_image_image_input_measurements_item import (
    ArbiterImageImageInputMeasurementsItem,
    check_arbiter_image_image_input_measurements_item,
)

if TYPE_CHECKING:
    from ..models.reference_image_input import ReferenceImageInput
    from .arbiter_image_image_output import ArbiterImageImageOutput  # noqa: F401


T = TypeVar("T", bound="ArbiterImageImageInput")


@_attrs_define
class ArbiterImageImageInput(
    FalInput["ArbiterImageImageOutput"], endpoint="fal-ai/arbiter/image/image"
):
    """Input of `fal-ai/arbiter/image/image` (vision). fal no longer lists this endpoint."""

    measurements: list[ArbiterImageImageInputMeasurementsItem]
    """Measurements: list of one of "dists", "mse", "lpips", "sdi", "ssim"."""
    inputs: list[ReferenceImageInput]
    """Inputs: list of ReferenceImageInput."""

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
        from ..models.reference_image_input import ReferenceImageInput  # noqa: PLC0415

        d = dict(src_dict)
        measurements = []
        _measurements = d.pop("measurements")
        for measurements_item_data in _measurements:
            measurements_item = check_arbiter_image_image_input_measurements_item(
                measurements_item_data
            )

            measurements.append(measurements_item)

        inputs = []
        _inputs = d.pop("inputs")
        for inputs_item_data in _inputs:
            inputs_item = ReferenceImageInput.from_dict(inputs_item_data)

            inputs.append(inputs_item)

        arbiter_image_image_input = cls(
            measurements=measurements,
            inputs=inputs,
        )

        return arbiter_image_image_input

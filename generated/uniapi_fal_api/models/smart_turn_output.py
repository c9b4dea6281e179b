from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.smart_turn_output_metrics import SmartTurnOutputMetrics


T = TypeVar("T", bound="SmartTurnOutput")


@_attrs_define
class SmartTurnOutput:
    """Output of `fal-ai/smart-turn` (speech-to-text)."""

    prediction: int
    """Prediction: integer."""
    probability: float
    """Probability: number."""
    metrics: SmartTurnOutputMetrics
    """Metrics: object."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prediction = self.prediction

        probability = self.probability

        metrics = self.metrics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prediction": prediction,
                "probability": probability,
                "metrics": metrics,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.smart_turn_output_metrics import SmartTurnOutputMetrics  # noqa: PLC0415

        d = dict(src_dict)
        prediction = d.pop("prediction")

        probability = d.pop("probability")

        metrics = SmartTurnOutputMetrics.from_dict(d.pop("metrics"))

        smart_turn_output = cls(
            prediction=prediction,
            probability=probability,
            metrics=metrics,
        )

        smart_turn_output.additional_properties = d
        return smart_turn_output

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

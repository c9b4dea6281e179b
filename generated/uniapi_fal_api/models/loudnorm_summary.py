from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LoudnormSummary")


@_attrs_define
class LoudnormSummary:
    input_integrated: float | None | Unset = UNSET
    """Number or None."""
    input_true_peak: float | None | Unset = UNSET
    """Number or None."""
    input_lra: float | None | Unset = UNSET
    """Number or None."""
    input_threshold: float | None | Unset = UNSET
    """Number or None."""
    output_integrated: float | None | Unset = UNSET
    """Number or None."""
    output_true_peak: float | None | Unset = UNSET
    """Number or None."""
    output_lra: float | None | Unset = UNSET
    """Number or None."""
    output_threshold: float | None | Unset = UNSET
    """Number or None."""
    normalization_type: None | str | Unset = UNSET
    """String or None."""
    target_offset: float | None | Unset = UNSET
    """Number or None."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_integrated: float | None | Unset
        if isinstance(self.input_integrated, Unset):
            input_integrated = UNSET
        else:
            input_integrated = self.input_integrated

        input_true_peak: float | None | Unset
        if isinstance(self.input_true_peak, Unset):
            input_true_peak = UNSET
        else:
            input_true_peak = self.input_true_peak

        input_lra: float | None | Unset
        if isinstance(self.input_lra, Unset):
            input_lra = UNSET
        else:
            input_lra = self.input_lra

        input_threshold: float | None | Unset
        if isinstance(self.input_threshold, Unset):
            input_threshold = UNSET
        else:
            input_threshold = self.input_threshold

        output_integrated: float | None | Unset
        if isinstance(self.output_integrated, Unset):
            output_integrated = UNSET
        else:
            output_integrated = self.output_integrated

        output_true_peak: float | None | Unset
        if isinstance(self.output_true_peak, Unset):
            output_true_peak = UNSET
        else:
            output_true_peak = self.output_true_peak

        output_lra: float | None | Unset
        if isinstance(self.output_lra, Unset):
            output_lra = UNSET
        else:
            output_lra = self.output_lra

        output_threshold: float | None | Unset
        if isinstance(self.output_threshold, Unset):
            output_threshold = UNSET
        else:
            output_threshold = self.output_threshold

        normalization_type: None | str | Unset
        if isinstance(self.normalization_type, Unset):
            normalization_type = UNSET
        else:
            normalization_type = self.normalization_type

        target_offset: float | None | Unset
        if isinstance(self.target_offset, Unset):
            target_offset = UNSET
        else:
            target_offset = self.target_offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if input_integrated is not UNSET:
            field_dict["input_integrated"] = input_integrated
        if input_true_peak is not UNSET:
            field_dict["input_true_peak"] = input_true_peak
        if input_lra is not UNSET:
            field_dict["input_lra"] = input_lra
        if input_threshold is not UNSET:
            field_dict["input_threshold"] = input_threshold
        if output_integrated is not UNSET:
            field_dict["output_integrated"] = output_integrated
        if output_true_peak is not UNSET:
            field_dict["output_true_peak"] = output_true_peak
        if output_lra is not UNSET:
            field_dict["output_lra"] = output_lra
        if output_threshold is not UNSET:
            field_dict["output_threshold"] = output_threshold
        if normalization_type is not UNSET:
            field_dict["normalization_type"] = normalization_type
        if target_offset is not UNSET:
            field_dict["target_offset"] = target_offset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_input_integrated(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        input_integrated = _parse_input_integrated(d.pop("input_integrated", UNSET))

        def _parse_input_true_peak(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        input_true_peak = _parse_input_true_peak(d.pop("input_true_peak", UNSET))

        def _parse_input_lra(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        input_lra = _parse_input_lra(d.pop("input_lra", UNSET))

        def _parse_input_threshold(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        input_threshold = _parse_input_threshold(d.pop("input_threshold", UNSET))

        def _parse_output_integrated(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        output_integrated = _parse_output_integrated(d.pop("output_integrated", UNSET))

        def _parse_output_true_peak(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        output_true_peak = _parse_output_true_peak(d.pop("output_true_peak", UNSET))

        def _parse_output_lra(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        output_lra = _parse_output_lra(d.pop("output_lra", UNSET))

        def _parse_output_threshold(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        output_threshold = _parse_output_threshold(d.pop("output_threshold", UNSET))

        def _parse_normalization_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        normalization_type = _parse_normalization_type(d.pop("normalization_type", UNSET))

        def _parse_target_offset(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        target_offset = _parse_target_offset(d.pop("target_offset", UNSET))

        loudnorm_summary = cls(
            input_integrated=input_integrated,
            input_true_peak=input_true_peak,
            input_lra=input_lra,
            input_threshold=input_threshold,
            output_integrated=output_integrated,
            output_true_peak=output_true_peak,
            output_lra=output_lra,
            output_threshold=output_threshold,
            normalization_type=normalization_type,
            target_offset=target_offset,
        )

        loudnorm_summary.additional_properties = d
        return loudnorm_summary

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

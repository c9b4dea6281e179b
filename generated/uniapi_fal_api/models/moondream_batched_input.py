from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.moondream_batched_input_model_id import (
    MoondreamBatchedInputModelId,
    check_moondream_batched_input_model_id,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.moondream_input_param import MoondreamInputParam
    from .moondream_batched_output import MoondreamBatchedOutput  # noqa: F401


T = TypeVar("T", bound="MoondreamBatchedInput")


@_attrs_define
class MoondreamBatchedInput(
    FalInput["MoondreamBatchedOutput"], endpoint="fal-ai/moondream/batched"
):
    """Input of `fal-ai/moondream/batched` (vision)."""

    inputs: list[MoondreamInputParam]
    """Input prompt & image pairs: list of MoondreamInputParam."""
    model_id: MoondreamBatchedInputModelId | Unset = UNSET
    """Model ID: one of "vikhyatk/moondream2", "fal-ai/moondream2-docci". Server default:
    "vikhyatk/moondream2"."""
    max_tokens: int | Unset = UNSET
    """Max Tokens: integer, 32 to 1,024. Server default: 64."""
    temperature: float | Unset = UNSET
    """Temperature: number, at most 1, more than 0. Server default: 0.2."""
    top_p: float | Unset = UNSET
    """Top P: number, 0 to 1. Server default: 1."""
    repetition_penalty: float | Unset = UNSET
    """Repetition Penalty: number, 1 to 2. Server default: 1."""

    def to_dict(self) -> dict[str, Any]:
        inputs = []
        for inputs_item_data in self.inputs:
            inputs_item = inputs_item_data.to_dict()
            inputs.append(inputs_item)

        model_id: str | Unset = UNSET
        if not isinstance(self.model_id, Unset):
            model_id = self.model_id

        max_tokens = self.max_tokens

        temperature = self.temperature

        top_p = self.top_p

        repetition_penalty = self.repetition_penalty

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "inputs": inputs,
            }
        )
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if repetition_penalty is not UNSET:
            field_dict["repetition_penalty"] = repetition_penalty

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.moondream_input_param import MoondreamInputParam  # noqa: PLC0415

        d = dict(src_dict)
        inputs = []
        _inputs = d.pop("inputs")
        for inputs_item_data in _inputs:
            inputs_item = MoondreamInputParam.from_dict(inputs_item_data)

            inputs.append(inputs_item)

        _model_id = d.pop("model_id", UNSET)
        model_id: MoondreamBatchedInputModelId | Unset
        if isinstance(_model_id, Unset):
            model_id = UNSET
        else:
            model_id = check_moondream_batched_input_model_id(_model_id)

        max_tokens = d.pop("max_tokens", UNSET)

        temperature = d.pop("temperature", UNSET)

        top_p = d.pop("top_p", UNSET)

        repetition_penalty = d.pop("repetition_penalty", UNSET)

        moondream_batched_input = cls(
            inputs=inputs,
            model_id=model_id,
            max_tokens=max_tokens,
            temperature=temperature,
            top_p=top_p,
            repetition_penalty=repetition_penalty,
        )

        return moondream_batched_input

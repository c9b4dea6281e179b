from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.maya_input_output_format import (
    MayaInputOutputFormat,
    check_maya_input_output_format,
)
from ..models.maya_input_sample_rate import (
    MayaInputSampleRate,
    check_maya_input_sample_rate,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .maya_output import MayaOutput  # noqa: F401


T = TypeVar("T", bound="MayaInput")


@_attrs_define
class MayaInput(FalInput["MayaOutput"], endpoint="fal-ai/maya"):
    """Input of `fal-ai/maya` (text-to-speech)."""

    text: str
    """Text: string, at most 5,000 characters."""
    prompt: str
    """Prompt: string, at most 500 characters."""
    temperature: float | Unset = UNSET
    """Temperature: number, 0 to 2. Server default: 0.4."""
    top_p: float | Unset = UNSET
    """Top P: number, 0 to 1. Server default: 0.9."""
    max_tokens: int | Unset = UNSET
    """Max Tokens: integer, 28 to 4,000. Server default: 2000."""
    repetition_penalty: float | Unset = UNSET
    """Repetition Penalty: number, 1 to 2. Server default: 1.1."""
    sample_rate: MayaInputSampleRate | Unset = UNSET
    """Sample Rate: one of "48 kHz", "24 kHz". Server default: "48 kHz"."""
    output_format: MayaInputOutputFormat | Unset = UNSET
    """Output Format: one of "wav", "mp3". Server default: "wav"."""

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        prompt = self.prompt

        temperature = self.temperature

        top_p = self.top_p

        max_tokens = self.max_tokens

        repetition_penalty = self.repetition_penalty

        sample_rate: str | Unset = UNSET
        if not isinstance(self.sample_rate, Unset):
            sample_rate = self.sample_rate

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "text": text,
                "prompt": prompt,
            }
        )
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if repetition_penalty is not UNSET:
            field_dict["repetition_penalty"] = repetition_penalty
        if sample_rate is not UNSET:
            field_dict["sample_rate"] = sample_rate
        if output_format is not UNSET:
            field_dict["output_format"] = output_format

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        prompt = d.pop("prompt")

        temperature = d.pop("temperature", UNSET)

        top_p = d.pop("top_p", UNSET)

        max_tokens = d.pop("max_tokens", UNSET)

        repetition_penalty = d.pop("repetition_penalty", UNSET)

        _sample_rate = d.pop("sample_rate", UNSET)
        sample_rate: MayaInputSampleRate | Unset
        if isinstance(_sample_rate, Unset):
            sample_rate = UNSET
        else:
            sample_rate = check_maya_input_sample_rate(_sample_rate)

        _output_format = d.pop("output_format", UNSET)
        output_format: MayaInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_maya_input_output_format(_output_format)

        maya_input = cls(
            text=text,
            prompt=prompt,
            temperature=temperature,
            top_p=top_p,
            max_tokens=max_tokens,
            repetition_penalty=repetition_penalty,
            sample_rate=sample_rate,
            output_format=output_format,
        )

        return maya_input

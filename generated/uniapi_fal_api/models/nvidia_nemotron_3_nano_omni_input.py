from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.nvidia_nemotron_3_nano_omni_input_reasoning_mode import (
    NvidiaNemotron3NanoOmniInputReasoningMode,
    check_nvidia_nemotron_3_nano_omni_input_reasoning_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .nvidia_nemotron_3_nano_omni_output import NvidiaNemotron3NanoOmniOutput  # noqa: F401


T = TypeVar("T", bound="NvidiaNemotron3NanoOmniInput")


@_attrs_define
class NvidiaNemotron3NanoOmniInput(
    FalInput["NvidiaNemotron3NanoOmniOutput"], endpoint="nvidia/nemotron-3-nano-omni"
):
    """Input of `nvidia/nemotron-3-nano-omni` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean. Server default: true."""
    max_tokens: float | Unset = UNSET
    """Number. Server default: 1024."""
    reasoning_mode: NvidiaNemotron3NanoOmniInputReasoningMode | Unset = UNSET
    """One of "think", "no_think". Server default: "no_think"."""
    system_prompt: str | Unset = UNSET
    """String."""
    temperature: float | Unset = UNSET
    """Number. Server default: 0.7."""
    top_p: float | Unset = UNSET
    """Number. Server default: 0.95."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        enable_safety_checker = self.enable_safety_checker

        max_tokens = self.max_tokens

        reasoning_mode: str | Unset = UNSET
        if not isinstance(self.reasoning_mode, Unset):
            reasoning_mode = self.reasoning_mode

        system_prompt = self.system_prompt

        temperature = self.temperature

        top_p = self.top_p

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if reasoning_mode is not UNSET:
            field_dict["reasoning_mode"] = reasoning_mode
        if system_prompt is not UNSET:
            field_dict["system_prompt"] = system_prompt
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        max_tokens = d.pop("max_tokens", UNSET)

        _reasoning_mode = d.pop("reasoning_mode", UNSET)
        reasoning_mode: NvidiaNemotron3NanoOmniInputReasoningMode | Unset
        if isinstance(_reasoning_mode, Unset):
            reasoning_mode = UNSET
        else:
            reasoning_mode = check_nvidia_nemotron_3_nano_omni_input_reasoning_mode(_reasoning_mode)

        system_prompt = d.pop("system_prompt", UNSET)

        temperature = d.pop("temperature", UNSET)

        top_p = d.pop("top_p", UNSET)

        nvidia_nemotron_3_nano_omni_input = cls(
            prompt=prompt,
            enable_safety_checker=enable_safety_checker,
            max_tokens=max_tokens,
            reasoning_mode=reasoning_mode,
            system_prompt=system_prompt,
            temperature=temperature,
            top_p=top_p,
        )

        return nvidia_nemotron_3_nano_omni_input

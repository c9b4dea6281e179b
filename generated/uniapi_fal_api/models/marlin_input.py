from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .marlin_output import MarlinOutput  # noqa: F401


T = TypeVar("T", bound="MarlinInput")


@_attrs_define
class MarlinInput(FalInput["MarlinOutput"], endpoint="fal-ai/marlin"):
    """Input of `fal-ai/marlin` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript types):
    types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    video_url: str
    """URL or local file."""
    do_sample: bool | Unset = UNSET
    """Boolean."""
    max_tokens: float | Unset = UNSET
    """Number. Server default: 2048."""
    temperature: float | Unset = UNSET
    """Number. Server default: 1."""
    top_p: float | Unset = UNSET
    """Number. Server default: 1."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        video_url = self.video_url

        do_sample = self.do_sample

        max_tokens = self.max_tokens

        temperature = self.temperature

        top_p = self.top_p

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "video_url": video_url,
            }
        )
        if do_sample is not UNSET:
            field_dict["do_sample"] = do_sample
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        video_url = d.pop("video_url")

        do_sample = d.pop("do_sample", UNSET)

        max_tokens = d.pop("max_tokens", UNSET)

        temperature = d.pop("temperature", UNSET)

        top_p = d.pop("top_p", UNSET)

        marlin_input = cls(
            prompt=prompt,
            video_url=video_url,
            do_sample=do_sample,
            max_tokens=max_tokens,
            temperature=temperature,
            top_p=top_p,
        )

        return marlin_input

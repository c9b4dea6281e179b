from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .decart_lucy_25_realtime_output import DecartLucy25RealtimeOutput  # noqa: F401


T = TypeVar("T", bound="DecartLucy25RealtimeInput")


@_attrs_define
class DecartLucy25RealtimeInput(
    FalInput["DecartLucy25RealtimeOutput"], endpoint="decart/lucy-2-5/realtime"
):
    """Input of `decart/lucy-2-5/realtime` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    enable_prompt_expansion: bool | Unset = UNSET
    """Boolean. Server default: true."""
    image_url: str | Unset = UNSET
    """URL or local file."""
    prompt: str | Unset = UNSET
    """String."""
    reference_image_url: str | Unset = UNSET
    """URL or local file."""

    def to_dict(self) -> dict[str, Any]:
        enable_prompt_expansion = self.enable_prompt_expansion

        image_url = self.image_url

        prompt = self.prompt

        reference_image_url = self.reference_image_url

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if enable_prompt_expansion is not UNSET:
            field_dict["enable_prompt_expansion"] = enable_prompt_expansion
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if reference_image_url is not UNSET:
            field_dict["reference_image_url"] = reference_image_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enable_prompt_expansion = d.pop("enable_prompt_expansion", UNSET)

        image_url = d.pop("image_url", UNSET)

        prompt = d.pop("prompt", UNSET)

        reference_image_url = d.pop("reference_image_url", UNSET)

        decart_lucy_25_realtime_input = cls(
            enable_prompt_expansion=enable_prompt_expansion,
            image_url=image_url,
            prompt=prompt,
            reference_image_url=reference_image_url,
        )

        return decart_lucy_25_realtime_input

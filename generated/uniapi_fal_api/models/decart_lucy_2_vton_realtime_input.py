from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .decart_lucy_2_vton_realtime_output import DecartLucy2VtonRealtimeOutput  # noqa: F401


T = TypeVar("T", bound="DecartLucy2VtonRealtimeInput")


@_attrs_define
class DecartLucy2VtonRealtimeInput(
    FalInput["DecartLucy2VtonRealtimeOutput"], endpoint="decart/lucy2-vton/realtime"
):
    """Input of `decart/lucy2-vton/realtime` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str | Unset = UNSET
    """URL or local file. Server default: ""."""
    prompt: str | Unset = UNSET
    """String. Server default: "Substitute the current top with the outfit from the reference
    image, matching its color, material, and fit"."""
    reference_image_url: str | Unset = UNSET
    """URL or local file. Server default:
    "https://v3b.fal.media/files/b/0a985506/y57_APcgGHlPxOOHIOqYO_15129.png"."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        prompt = self.prompt

        reference_image_url = self.reference_image_url

        field_dict: dict[str, Any] = {}

        field_dict.update({})
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
        image_url = d.pop("image_url", UNSET)

        prompt = d.pop("prompt", UNSET)

        reference_image_url = d.pop("reference_image_url", UNSET)

        decart_lucy_2_vton_realtime_input = cls(
            image_url=image_url,
            prompt=prompt,
            reference_image_url=reference_image_url,
        )

        return decart_lucy_2_vton_realtime_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .recraft_upscale_creative_output import RecraftUpscaleCreativeOutput  # noqa: F401


T = TypeVar("T", bound="RecraftUpscaleCreativeInput")


@_attrs_define
class RecraftUpscaleCreativeInput(
    FalInput["RecraftUpscaleCreativeOutput"], endpoint="fal-ai/recraft/upscale/creative"
):
    """Input of `fal-ai/recraft/upscale/creative` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        enable_safety_checker = self.enable_safety_checker

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        recraft_upscale_creative_input = cls(
            image_url=image_url,
            enable_safety_checker=enable_safety_checker,
            sync_mode=sync_mode,
        )

        return recraft_upscale_creative_input

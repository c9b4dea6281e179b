from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .drct_super_resolution_output import DrctSuperResolutionOutput  # noqa: F401


T = TypeVar("T", bound="DrctSuperResolutionInput")


@_attrs_define
class DrctSuperResolutionInput(
    FalInput["DrctSuperResolutionOutput"], endpoint="fal-ai/drct-super-resolution"
):
    """Input of `fal-ai/drct-super-resolution` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    upscale_factor: float | Unset = UNSET
    """Number. Server default: 4."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        upscale_factor = self.upscale_factor

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if upscale_factor is not UNSET:
            field_dict["upscale_factor"] = upscale_factor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        upscale_factor = d.pop("upscale_factor", UNSET)

        drct_super_resolution_input = cls(
            image_url=image_url,
            upscale_factor=upscale_factor,
        )

        return drct_super_resolution_input

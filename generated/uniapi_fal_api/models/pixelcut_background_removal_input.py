from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.pixelcut_background_removal_input_output_format import (
    PixelcutBackgroundRemovalInputOutputFormat,
    check_pixelcut_background_removal_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .pixelcut_background_removal_output import PixelcutBackgroundRemovalOutput  # noqa: F401


T = TypeVar("T", bound="PixelcutBackgroundRemovalInput")


@_attrs_define
class PixelcutBackgroundRemovalInput(
    FalInput["PixelcutBackgroundRemovalOutput"], endpoint="pixelcut/background-removal"
):
    """Input of `pixelcut/background-removal` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    output_format: PixelcutBackgroundRemovalInputOutputFormat | Unset = UNSET
    """One of "rgba", "alpha", "zip". Server default: "rgba"."""
    sync_mode: bool | Unset = UNSET
    """Boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        _output_format = d.pop("output_format", UNSET)
        output_format: PixelcutBackgroundRemovalInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_pixelcut_background_removal_input_output_format(_output_format)

        sync_mode = d.pop("sync_mode", UNSET)

        pixelcut_background_removal_input = cls(
            image_url=image_url,
            output_format=output_format,
            sync_mode=sync_mode,
        )

        return pixelcut_background_removal_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .bria_background_remove_output import BriaBackgroundRemoveOutput  # noqa: F401


T = TypeVar("T", bound="BriaBackgroundRemoveInput")


@_attrs_define
class BriaBackgroundRemoveInput(
    FalInput["BriaBackgroundRemoveOutput"], endpoint="fal-ai/bria/background/remove"
):
    """Input of `fal-ai/bria/background/remove` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        sync_mode = d.pop("sync_mode", UNSET)

        bria_background_remove_input = cls(
            image_url=image_url,
            sync_mode=sync_mode,
        )

        return bria_background_remove_input

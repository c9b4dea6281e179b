from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .kling_v15_kolors_virtual_try_on_output import KlingV15KolorsVirtualTryOnOutput  # noqa: F401


T = TypeVar("T", bound="KlingV15KolorsVirtualTryOnInput")


@_attrs_define
class KlingV15KolorsVirtualTryOnInput(
    FalInput["KlingV15KolorsVirtualTryOnOutput"], endpoint="fal-ai/kling/v1-5/kolors-virtual-try-on"
):
    """Input of `fal-ai/kling/v1-5/kolors-virtual-try-on` (unknown). fal publishes no constraints for it (it comes from
    fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    garment_image_url: str
    """URL or local file."""
    human_image_url: str
    """URL or local file."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        garment_image_url = self.garment_image_url

        human_image_url = self.human_image_url

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "garment_image_url": garment_image_url,
                "human_image_url": human_image_url,
            }
        )
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        garment_image_url = d.pop("garment_image_url")

        human_image_url = d.pop("human_image_url")

        sync_mode = d.pop("sync_mode", UNSET)

        kling_v15_kolors_virtual_try_on_input = cls(
            garment_image_url=garment_image_url,
            human_image_url=human_image_url,
            sync_mode=sync_mode,
        )

        return kling_v15_kolors_virtual_try_on_input

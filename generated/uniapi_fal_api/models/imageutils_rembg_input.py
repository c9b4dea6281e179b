from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .imageutils_rembg_output import ImageutilsRembgOutput  # noqa: F401


T = TypeVar("T", bound="ImageutilsRembgInput")


@_attrs_define
class ImageutilsRembgInput(FalInput["ImageutilsRembgOutput"], endpoint="fal-ai/imageutils/rembg"):
    """Input of `fal-ai/imageutils/rembg` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    crop_to_bbox: bool | Unset = UNSET
    """Boolean."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        crop_to_bbox = self.crop_to_bbox

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if crop_to_bbox is not UNSET:
            field_dict["crop_to_bbox"] = crop_to_bbox
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        crop_to_bbox = d.pop("crop_to_bbox", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        imageutils_rembg_input = cls(
            image_url=image_url,
            crop_to_bbox=crop_to_bbox,
            sync_mode=sync_mode,
        )

        return imageutils_rembg_input

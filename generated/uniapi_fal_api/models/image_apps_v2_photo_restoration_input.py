from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.aspect_ratio import AspectRatio
    from .image_apps_v2_photo_restoration_output import (
        ImageAppsV2PhotoRestorationOutput,  # noqa: F401
    )


T = TypeVar("T", bound="ImageAppsV2PhotoRestorationInput")


@_attrs_define
class ImageAppsV2PhotoRestorationInput(
    FalInput["ImageAppsV2PhotoRestorationOutput"], endpoint="fal-ai/image-apps-v2/photo-restoration"
):
    """Input of `fal-ai/image-apps-v2/photo-restoration` (unknown). fal publishes no constraints for it (it comes from
    fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    aspect_ratio: AspectRatio | Unset = UNSET
    """AspectRatio."""
    enhance_resolution: bool | Unset = UNSET
    """Boolean. Server default: true."""
    fix_colors: bool | Unset = UNSET
    """Boolean. Server default: true."""
    remove_scratches: bool | Unset = UNSET
    """Boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        aspect_ratio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio.to_dict()

        enhance_resolution = self.enhance_resolution

        fix_colors = self.fix_colors

        remove_scratches = self.remove_scratches

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if enhance_resolution is not UNSET:
            field_dict["enhance_resolution"] = enhance_resolution
        if fix_colors is not UNSET:
            field_dict["fix_colors"] = fix_colors
        if remove_scratches is not UNSET:
            field_dict["remove_scratches"] = remove_scratches

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.aspect_ratio import AspectRatio  # noqa: PLC0415

        d = dict(src_dict)
        image_url = d.pop("image_url")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: AspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = AspectRatio.from_dict(_aspect_ratio)

        enhance_resolution = d.pop("enhance_resolution", UNSET)

        fix_colors = d.pop("fix_colors", UNSET)

        remove_scratches = d.pop("remove_scratches", UNSET)

        image_apps_v2_photo_restoration_input = cls(
            image_url=image_url,
            aspect_ratio=aspect_ratio,
            enhance_resolution=enhance_resolution,
            fix_colors=fix_colors,
            remove_scratches=remove_scratches,
        )

        return image_apps_v2_photo_restoration_input

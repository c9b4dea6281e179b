from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.image_apps_v2_headshot_photo_input_background_style import (
    ImageAppsV2HeadshotPhotoInputBackgroundStyle,
    check_image_apps_v2_headshot_photo_input_background_style,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.aspect_ratio import AspectRatio
    from .image_apps_v2_headshot_photo_output import ImageAppsV2HeadshotPhotoOutput  # noqa: F401


T = TypeVar("T", bound="ImageAppsV2HeadshotPhotoInput")


@_attrs_define
class ImageAppsV2HeadshotPhotoInput(
    FalInput["ImageAppsV2HeadshotPhotoOutput"], endpoint="fal-ai/image-apps-v2/headshot-photo"
):
    """Input of `fal-ai/image-apps-v2/headshot-photo` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    aspect_ratio: AspectRatio | Unset = UNSET
    """AspectRatio."""
    background_style: ImageAppsV2HeadshotPhotoInputBackgroundStyle | Unset = UNSET
    """One of "professional", "corporate", "clean", "gradient". Server default: "professional"."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        aspect_ratio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio.to_dict()

        background_style: str | Unset = UNSET
        if not isinstance(self.background_style, Unset):
            background_style = self.background_style

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if background_style is not UNSET:
            field_dict["background_style"] = background_style

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

        _background_style = d.pop("background_style", UNSET)
        background_style: ImageAppsV2HeadshotPhotoInputBackgroundStyle | Unset
        if isinstance(_background_style, Unset):
            background_style = UNSET
        else:
            background_style = check_image_apps_v2_headshot_photo_input_background_style(
                _background_style
            )

        image_apps_v2_headshot_photo_input = cls(
            image_url=image_url,
            aspect_ratio=aspect_ratio,
            background_style=background_style,
        )

        return image_apps_v2_headshot_photo_input

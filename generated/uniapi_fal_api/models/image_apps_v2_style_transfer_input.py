from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.image_apps_v2_style_transfer_input_target_style import (
    ImageAppsV2StyleTransferInputTargetStyle,
    check_image_apps_v2_style_transfer_input_target_style,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.aspect_ratio import AspectRatio
    from .image_apps_v2_style_transfer_output import ImageAppsV2StyleTransferOutput  # noqa: F401


T = TypeVar("T", bound="ImageAppsV2StyleTransferInput")


@_attrs_define
class ImageAppsV2StyleTransferInput(
    FalInput["ImageAppsV2StyleTransferOutput"], endpoint="fal-ai/image-apps-v2/style-transfer"
):
    """Input of `fal-ai/image-apps-v2/style-transfer` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    aspect_ratio: AspectRatio | Unset = UNSET
    """AspectRatio."""
    style_reference_image_url: str | Unset = UNSET
    """URL or local file."""
    target_style: ImageAppsV2StyleTransferInputTargetStyle | Unset = UNSET
    """One of "anime_character", "cartoon_3d", "hand_drawn_animation", "cyberpunk_future",
    "anime_game_style", "comic_book_animation", "animated_series", "cartoon_animation", ... (26
    values). Server default: "impressionist"."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        aspect_ratio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio.to_dict()

        style_reference_image_url = self.style_reference_image_url

        target_style: str | Unset = UNSET
        if not isinstance(self.target_style, Unset):
            target_style = self.target_style

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if style_reference_image_url is not UNSET:
            field_dict["style_reference_image_url"] = style_reference_image_url
        if target_style is not UNSET:
            field_dict["target_style"] = target_style

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

        style_reference_image_url = d.pop("style_reference_image_url", UNSET)

        _target_style = d.pop("target_style", UNSET)
        target_style: ImageAppsV2StyleTransferInputTargetStyle | Unset
        if isinstance(_target_style, Unset):
            target_style = UNSET
        else:
            target_style = check_image_apps_v2_style_transfer_input_target_style(_target_style)

        image_apps_v2_style_transfer_input = cls(
            image_url=image_url,
            aspect_ratio=aspect_ratio,
            style_reference_image_url=style_reference_image_url,
            target_style=target_style,
        )

        return image_apps_v2_style_transfer_input

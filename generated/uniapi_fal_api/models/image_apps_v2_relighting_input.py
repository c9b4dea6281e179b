from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.image_apps_v2_relighting_input_lighting_style import (
    ImageAppsV2RelightingInputLightingStyle,
    check_image_apps_v2_relighting_input_lighting_style,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.aspect_ratio import AspectRatio
    from .image_apps_v2_relighting_output import ImageAppsV2RelightingOutput  # noqa: F401


T = TypeVar("T", bound="ImageAppsV2RelightingInput")


@_attrs_define
class ImageAppsV2RelightingInput(
    FalInput["ImageAppsV2RelightingOutput"], endpoint="fal-ai/image-apps-v2/relighting"
):
    """Input of `fal-ai/image-apps-v2/relighting` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    aspect_ratio: AspectRatio | Unset = UNSET
    """AspectRatio."""
    lighting_style: ImageAppsV2RelightingInputLightingStyle | Unset = UNSET
    """One of "natural", "studio", "golden_hour", "blue_hour", "dramatic", "soft", "hard",
    "backlight", ... (18 values). Server default: "natural"."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        aspect_ratio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio.to_dict()

        lighting_style: str | Unset = UNSET
        if not isinstance(self.lighting_style, Unset):
            lighting_style = self.lighting_style

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if lighting_style is not UNSET:
            field_dict["lighting_style"] = lighting_style

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

        _lighting_style = d.pop("lighting_style", UNSET)
        lighting_style: ImageAppsV2RelightingInputLightingStyle | Unset
        if isinstance(_lighting_style, Unset):
            lighting_style = UNSET
        else:
            lighting_style = check_image_apps_v2_relighting_input_lighting_style(_lighting_style)

        image_apps_v2_relighting_input = cls(
            image_url=image_url,
            aspect_ratio=aspect_ratio,
            lighting_style=lighting_style,
        )

        return image_apps_v2_relighting_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.image_apps_v2_makeup_application_input_intensity import (
    ImageAppsV2MakeupApplicationInputIntensity,
    check_image_apps_v2_makeup_application_input_intensity,
)
from ..models.image_apps_v2_makeup_application_input_makeup_style import (
    ImageAppsV2MakeupApplicationInputMakeupStyle,
    check_image_apps_v2_makeup_application_input_makeup_style,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.aspect_ratio import AspectRatio
    from .image_apps_v2_makeup_application_output import (
        ImageAppsV2MakeupApplicationOutput,  # noqa: F401
    )


T = TypeVar("T", bound="ImageAppsV2MakeupApplicationInput")


@_attrs_define
class ImageAppsV2MakeupApplicationInput(
    FalInput["ImageAppsV2MakeupApplicationOutput"],
    endpoint="fal-ai/image-apps-v2/makeup-application",
):
    """Input of `fal-ai/image-apps-v2/makeup-application` (unknown). fal publishes no constraints for it (it comes from
    fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    aspect_ratio: AspectRatio | Unset = UNSET
    """AspectRatio."""
    intensity: ImageAppsV2MakeupApplicationInputIntensity | Unset = UNSET
    """One of "light", "medium", "heavy", "dramatic". Server default: "medium"."""
    makeup_style: ImageAppsV2MakeupApplicationInputMakeupStyle | Unset = UNSET
    """One of "natural", "glamorous", "smoky_eyes", "bold_lips", "no_makeup", "remove_makeup",
    "dramatic", "bridal", ... (11 values). Server default: "natural"."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        aspect_ratio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio.to_dict()

        intensity: str | Unset = UNSET
        if not isinstance(self.intensity, Unset):
            intensity = self.intensity

        makeup_style: str | Unset = UNSET
        if not isinstance(self.makeup_style, Unset):
            makeup_style = self.makeup_style

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if intensity is not UNSET:
            field_dict["intensity"] = intensity
        if makeup_style is not UNSET:
            field_dict["makeup_style"] = makeup_style

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

        _intensity = d.pop("intensity", UNSET)
        intensity: ImageAppsV2MakeupApplicationInputIntensity | Unset
        if isinstance(_intensity, Unset):
            intensity = UNSET
        else:
            intensity = check_image_apps_v2_makeup_application_input_intensity(_intensity)

        _makeup_style = d.pop("makeup_style", UNSET)
        makeup_style: ImageAppsV2MakeupApplicationInputMakeupStyle | Unset
        if isinstance(_makeup_style, Unset):
            makeup_style = UNSET
        else:
            makeup_style = check_image_apps_v2_makeup_application_input_makeup_style(_makeup_style)

        image_apps_v2_makeup_application_input = cls(
            image_url=image_url,
            aspect_ratio=aspect_ratio,
            intensity=intensity,
            makeup_style=makeup_style,
        )

        return image_apps_v2_makeup_application_input

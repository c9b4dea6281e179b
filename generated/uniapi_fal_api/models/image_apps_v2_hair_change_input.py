from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.image_apps_v2_hair_change_input_hair_color import (
    ImageAppsV2HairChangeInputHairColor,
    check_image_apps_v2_hair_change_input_hair_color,
)
from ..models.image_apps_v2_hair_change_input_target_hairstyle import (
    ImageAppsV2HairChangeInputTargetHairstyle,
    check_image_apps_v2_hair_change_input_target_hairstyle,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.aspect_ratio import AspectRatio
    from .image_apps_v2_hair_change_output import ImageAppsV2HairChangeOutput  # noqa: F401


T = TypeVar("T", bound="ImageAppsV2HairChangeInput")


@_attrs_define
class ImageAppsV2HairChangeInput(
    FalInput["ImageAppsV2HairChangeOutput"], endpoint="fal-ai/image-apps-v2/hair-change"
):
    """Input of `fal-ai/image-apps-v2/hair-change` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    aspect_ratio: AspectRatio | Unset = UNSET
    """AspectRatio."""
    hair_color: ImageAppsV2HairChangeInputHairColor | Unset = UNSET
    """One of "black", "dark_brown", "light_brown", "blonde", "platinum_blonde", "red", "auburn",
    "gray", ... (18 values). Server default: "natural"."""
    target_hairstyle: ImageAppsV2HairChangeInputTargetHairstyle | Unset = UNSET
    """One of "short_hair", "medium_long_hair", "long_hair", "curly_hair", "wavy_hair",
    "high_ponytail", "bun", "bob_cut", ... (18 values). Server default: "long_hair"."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        aspect_ratio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio.to_dict()

        hair_color: str | Unset = UNSET
        if not isinstance(self.hair_color, Unset):
            hair_color = self.hair_color

        target_hairstyle: str | Unset = UNSET
        if not isinstance(self.target_hairstyle, Unset):
            target_hairstyle = self.target_hairstyle

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if hair_color is not UNSET:
            field_dict["hair_color"] = hair_color
        if target_hairstyle is not UNSET:
            field_dict["target_hairstyle"] = target_hairstyle

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

        _hair_color = d.pop("hair_color", UNSET)
        hair_color: ImageAppsV2HairChangeInputHairColor | Unset
        if isinstance(_hair_color, Unset):
            hair_color = UNSET
        else:
            hair_color = check_image_apps_v2_hair_change_input_hair_color(_hair_color)

        _target_hairstyle = d.pop("target_hairstyle", UNSET)
        target_hairstyle: ImageAppsV2HairChangeInputTargetHairstyle | Unset
        if isinstance(_target_hairstyle, Unset):
            target_hairstyle = UNSET
        else:
            target_hairstyle = check_image_apps_v2_hair_change_input_target_hairstyle(
                _target_hairstyle
            )

        image_apps_v2_hair_change_input = cls(
            image_url=image_url,
            aspect_ratio=aspect_ratio,
            hair_color=hair_color,
            target_hairstyle=target_hairstyle,
        )

        return image_apps_v2_hair_change_input

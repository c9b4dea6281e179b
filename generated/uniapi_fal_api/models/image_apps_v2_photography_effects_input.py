from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.image_apps_v2_photography_effects_input_effect_type import (
    ImageAppsV2PhotographyEffectsInputEffectType,
    check_image_apps_v2_photography_effects_input_effect_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.aspect_ratio import AspectRatio
    from .image_apps_v2_photography_effects_output import (
        ImageAppsV2PhotographyEffectsOutput,  # noqa: F401
    )


T = TypeVar("T", bound="ImageAppsV2PhotographyEffectsInput")


@_attrs_define
class ImageAppsV2PhotographyEffectsInput(
    FalInput["ImageAppsV2PhotographyEffectsOutput"],
    endpoint="fal-ai/image-apps-v2/photography-effects",
):
    """Input of `fal-ai/image-apps-v2/photography-effects` (unknown). fal publishes no constraints for it (it comes from
    fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    aspect_ratio: AspectRatio | Unset = UNSET
    """AspectRatio."""
    effect_type: ImageAppsV2PhotographyEffectsInputEffectType | Unset = UNSET
    """One of "film", "vintage_film", "portrait_photography", "fashion_photography",
    "street_photography", "sepia_tone", "film_grain", "light_leaks", ... (16 values). Server
    default: "film"."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        aspect_ratio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio.to_dict()

        effect_type: str | Unset = UNSET
        if not isinstance(self.effect_type, Unset):
            effect_type = self.effect_type

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if effect_type is not UNSET:
            field_dict["effect_type"] = effect_type

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

        _effect_type = d.pop("effect_type", UNSET)
        effect_type: ImageAppsV2PhotographyEffectsInputEffectType | Unset
        if isinstance(_effect_type, Unset):
            effect_type = UNSET
        else:
            effect_type = check_image_apps_v2_photography_effects_input_effect_type(_effect_type)

        image_apps_v2_photography_effects_input = cls(
            image_url=image_url,
            aspect_ratio=aspect_ratio,
            effect_type=effect_type,
        )

        return image_apps_v2_photography_effects_input

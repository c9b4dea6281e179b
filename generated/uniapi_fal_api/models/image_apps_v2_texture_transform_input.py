from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.image_apps_v2_texture_transform_input_target_texture import (
    ImageAppsV2TextureTransformInputTargetTexture,
    check_image_apps_v2_texture_transform_input_target_texture,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.aspect_ratio import AspectRatio
    from .image_apps_v2_texture_transform_output import (
        ImageAppsV2TextureTransformOutput,  # noqa: F401
    )


T = TypeVar("T", bound="ImageAppsV2TextureTransformInput")


@_attrs_define
class ImageAppsV2TextureTransformInput(
    FalInput["ImageAppsV2TextureTransformOutput"], endpoint="fal-ai/image-apps-v2/texture-transform"
):
    """Input of `fal-ai/image-apps-v2/texture-transform` (unknown). fal publishes no constraints for it (it comes from
    fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    aspect_ratio: AspectRatio | Unset = UNSET
    """AspectRatio."""
    target_texture: ImageAppsV2TextureTransformInputTargetTexture | Unset = UNSET
    """One of "cotton", "denim", "wool", "felt", "wood", "leather", "velvet", "stone", ... (22
    values). Server default: "marble"."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        aspect_ratio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio.to_dict()

        target_texture: str | Unset = UNSET
        if not isinstance(self.target_texture, Unset):
            target_texture = self.target_texture

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if target_texture is not UNSET:
            field_dict["target_texture"] = target_texture

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

        _target_texture = d.pop("target_texture", UNSET)
        target_texture: ImageAppsV2TextureTransformInputTargetTexture | Unset
        if isinstance(_target_texture, Unset):
            target_texture = UNSET
        else:
            target_texture = check_image_apps_v2_texture_transform_input_target_texture(
                _target_texture
            )

        image_apps_v2_texture_transform_input = cls(
            image_url=image_url,
            aspect_ratio=aspect_ratio,
            target_texture=target_texture,
        )

        return image_apps_v2_texture_transform_input

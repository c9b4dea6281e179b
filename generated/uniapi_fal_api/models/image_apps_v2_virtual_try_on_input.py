from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.aspect_ratio import AspectRatio
    from .image_apps_v2_virtual_try_on_output import ImageAppsV2VirtualTryOnOutput  # noqa: F401


T = TypeVar("T", bound="ImageAppsV2VirtualTryOnInput")


@_attrs_define
class ImageAppsV2VirtualTryOnInput(
    FalInput["ImageAppsV2VirtualTryOnOutput"], endpoint="fal-ai/image-apps-v2/virtual-try-on"
):
    """Input of `fal-ai/image-apps-v2/virtual-try-on` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    clothing_image_url: str
    """URL or local file."""
    person_image_url: str
    """URL or local file."""
    aspect_ratio: AspectRatio | Unset = UNSET
    """AspectRatio."""
    preserve_pose: bool | Unset = UNSET
    """Boolean. Server default: true."""

    def to_dict(self) -> dict[str, Any]:
        clothing_image_url = self.clothing_image_url

        person_image_url = self.person_image_url

        aspect_ratio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio.to_dict()

        preserve_pose = self.preserve_pose

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "clothing_image_url": clothing_image_url,
                "person_image_url": person_image_url,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if preserve_pose is not UNSET:
            field_dict["preserve_pose"] = preserve_pose

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.aspect_ratio import AspectRatio  # noqa: PLC0415

        d = dict(src_dict)
        clothing_image_url = d.pop("clothing_image_url")

        person_image_url = d.pop("person_image_url")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: AspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = AspectRatio.from_dict(_aspect_ratio)

        preserve_pose = d.pop("preserve_pose", UNSET)

        image_apps_v2_virtual_try_on_input = cls(
            clothing_image_url=clothing_image_url,
            person_image_url=person_image_url,
            aspect_ratio=aspect_ratio,
            preserve_pose=preserve_pose,
        )

        return image_apps_v2_virtual_try_on_input

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.aspect_ratio import AspectRatio
    from .image_apps_v2_age_modify_output import ImageAppsV2AgeModifyOutput  # noqa: F401


T = TypeVar("T", bound="ImageAppsV2AgeModifyInput")


@_attrs_define
class ImageAppsV2AgeModifyInput(
    FalInput["ImageAppsV2AgeModifyOutput"], endpoint="fal-ai/image-apps-v2/age-modify"
):
    """Input of `fal-ai/image-apps-v2/age-modify` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    aspect_ratio: AspectRatio | Unset = UNSET
    """AspectRatio."""
    preserve_identity: bool | Unset = UNSET
    """Boolean. Server default: true."""
    target_age: float | Unset = UNSET
    """Number. Server default: 30."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        aspect_ratio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio.to_dict()

        preserve_identity = self.preserve_identity

        target_age = self.target_age

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if preserve_identity is not UNSET:
            field_dict["preserve_identity"] = preserve_identity
        if target_age is not UNSET:
            field_dict["target_age"] = target_age

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

        preserve_identity = d.pop("preserve_identity", UNSET)

        target_age = d.pop("target_age", UNSET)

        image_apps_v2_age_modify_input = cls(
            image_url=image_url,
            aspect_ratio=aspect_ratio,
            preserve_identity=preserve_identity,
            target_age=target_age,
        )

        return image_apps_v2_age_modify_input

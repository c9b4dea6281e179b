from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.image_apps_v2_perspective_input_target_perspective import (
    ImageAppsV2PerspectiveInputTargetPerspective,
    check_image_apps_v2_perspective_input_target_perspective,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.aspect_ratio import AspectRatio
    from .image_apps_v2_perspective_output import ImageAppsV2PerspectiveOutput  # noqa: F401


T = TypeVar("T", bound="ImageAppsV2PerspectiveInput")


@_attrs_define
class ImageAppsV2PerspectiveInput(
    FalInput["ImageAppsV2PerspectiveOutput"], endpoint="fal-ai/image-apps-v2/perspective"
):
    """Input of `fal-ai/image-apps-v2/perspective` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    aspect_ratio: AspectRatio | Unset = UNSET
    """AspectRatio."""
    target_perspective: ImageAppsV2PerspectiveInputTargetPerspective | Unset = UNSET
    """One of "front", "left_side", "right_side", "back", "top_down", "bottom_up", "birds_eye",
    "three_quarter_left", ... (9 values). Server default: "front"."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        aspect_ratio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio.to_dict()

        target_perspective: str | Unset = UNSET
        if not isinstance(self.target_perspective, Unset):
            target_perspective = self.target_perspective

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if target_perspective is not UNSET:
            field_dict["target_perspective"] = target_perspective

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

        _target_perspective = d.pop("target_perspective", UNSET)
        target_perspective: ImageAppsV2PerspectiveInputTargetPerspective | Unset
        if isinstance(_target_perspective, Unset):
            target_perspective = UNSET
        else:
            target_perspective = check_image_apps_v2_perspective_input_target_perspective(
                _target_perspective
            )

        image_apps_v2_perspective_input = cls(
            image_url=image_url,
            aspect_ratio=aspect_ratio,
            target_perspective=target_perspective,
        )

        return image_apps_v2_perspective_input

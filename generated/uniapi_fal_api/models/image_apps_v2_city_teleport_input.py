from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.image_apps_v2_city_teleport_input_camera_angle import (
    ImageAppsV2CityTeleportInputCameraAngle,
    check_image_apps_v2_city_teleport_input_camera_angle,
)
from ..models.image_apps_v2_city_teleport_input_photo_shot import (
    ImageAppsV2CityTeleportInputPhotoShot,
    check_image_apps_v2_city_teleport_input_photo_shot,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.aspect_ratio import AspectRatio
    from .image_apps_v2_city_teleport_output import ImageAppsV2CityTeleportOutput  # noqa: F401


T = TypeVar("T", bound="ImageAppsV2CityTeleportInput")


@_attrs_define
class ImageAppsV2CityTeleportInput(
    FalInput["ImageAppsV2CityTeleportOutput"], endpoint="fal-ai/image-apps-v2/city-teleport"
):
    """Input of `fal-ai/image-apps-v2/city-teleport` (unknown). fal publishes no constraints for it (it comes from fal's
    TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    city_name: str
    """String."""
    person_image_url: str
    """URL or local file."""
    aspect_ratio: AspectRatio | Unset = UNSET
    """AspectRatio."""
    camera_angle: ImageAppsV2CityTeleportInputCameraAngle | Unset = UNSET
    """One of "eye_level", "low_angle", "high_angle", "dutch_angle", "birds_eye_view",
    "worms_eye_view", "overhead", "side_angle". Server default: "eye_level"."""
    city_image_url: str | Unset = UNSET
    """URL or local file."""
    photo_shot: ImageAppsV2CityTeleportInputPhotoShot | Unset = UNSET
    """One of "extreme_close_up", "close_up", "medium_close_up", "medium_shot", "medium_long_shot",
    "long_shot", "extreme_long_shot", "full_body". Server default: "medium_shot"."""

    def to_dict(self) -> dict[str, Any]:
        city_name = self.city_name

        person_image_url = self.person_image_url

        aspect_ratio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio.to_dict()

        camera_angle: str | Unset = UNSET
        if not isinstance(self.camera_angle, Unset):
            camera_angle = self.camera_angle

        city_image_url = self.city_image_url

        photo_shot: str | Unset = UNSET
        if not isinstance(self.photo_shot, Unset):
            photo_shot = self.photo_shot

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "city_name": city_name,
                "person_image_url": person_image_url,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if camera_angle is not UNSET:
            field_dict["camera_angle"] = camera_angle
        if city_image_url is not UNSET:
            field_dict["city_image_url"] = city_image_url
        if photo_shot is not UNSET:
            field_dict["photo_shot"] = photo_shot

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.aspect_ratio import AspectRatio  # noqa: PLC0415

        d = dict(src_dict)
        city_name = d.pop("city_name")

        person_image_url = d.pop("person_image_url")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: AspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = AspectRatio.from_dict(_aspect_ratio)

        _camera_angle = d.pop("camera_angle", UNSET)
        camera_angle: ImageAppsV2CityTeleportInputCameraAngle | Unset
        if isinstance(_camera_angle, Unset):
            camera_angle = UNSET
        else:
            camera_angle = check_image_apps_v2_city_teleport_input_camera_angle(_camera_angle)

        city_image_url = d.pop("city_image_url", UNSET)

        _photo_shot = d.pop("photo_shot", UNSET)
        photo_shot: ImageAppsV2CityTeleportInputPhotoShot | Unset
        if isinstance(_photo_shot, Unset):
            photo_shot = UNSET
        else:
            photo_shot = check_image_apps_v2_city_teleport_input_photo_shot(_photo_shot)

        image_apps_v2_city_teleport_input = cls(
            city_name=city_name,
            person_image_url=person_image_url,
            aspect_ratio=aspect_ratio,
            camera_angle=camera_angle,
            city_image_url=city_image_url,
            photo_shot=photo_shot,
        )

        return image_apps_v2_city_teleport_input

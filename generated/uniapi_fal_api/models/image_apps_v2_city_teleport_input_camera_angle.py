from typing import Literal

ImageAppsV2CityTeleportInputCameraAngle = Literal[
    "birds_eye_view",
    "dutch_angle",
    "eye_level",
    "high_angle",
    "low_angle",
    "overhead",
    "side_angle",
    "worms_eye_view",
]

IMAGE_APPS_V2_CITY_TELEPORT_INPUT_CAMERA_ANGLE_VALUES: set[
    ImageAppsV2CityTeleportInputCameraAngle
] = {
    "birds_eye_view",
    "dutch_angle",
    "eye_level",
    "high_angle",
    "low_angle",
    "overhead",
    "side_angle",
    "worms_eye_view",
}


def check_image_apps_v2_city_teleport_input_camera_angle(
    value: str,
) -> ImageAppsV2CityTeleportInputCameraAngle:
    if value in IMAGE_APPS_V2_CITY_TELEPORT_INPUT_CAMERA_ANGLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_APPS_V2_CITY_TELEPORT_INPUT_CAMERA_ANGLE_VALUES!r}"
    )

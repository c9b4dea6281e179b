from typing import Literal

ImageAppsV2CityTeleportInputPhotoShot = Literal[
    "close_up",
    "extreme_close_up",
    "extreme_long_shot",
    "full_body",
    "long_shot",
    "medium_close_up",
    "medium_long_shot",
    "medium_shot",
]

IMAGE_APPS_V2_CITY_TELEPORT_INPUT_PHOTO_SHOT_VALUES: set[ImageAppsV2CityTeleportInputPhotoShot] = {
    "close_up",
    "extreme_close_up",
    "extreme_long_shot",
    "full_body",
    "long_shot",
    "medium_close_up",
    "medium_long_shot",
    "medium_shot",
}


def check_image_apps_v2_city_teleport_input_photo_shot(
    value: str,
) -> ImageAppsV2CityTeleportInputPhotoShot:
    if value in IMAGE_APPS_V2_CITY_TELEPORT_INPUT_PHOTO_SHOT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_APPS_V2_CITY_TELEPORT_INPUT_PHOTO_SHOT_VALUES!r}"
    )

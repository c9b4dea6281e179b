from typing import Literal

ImageAppsV2HairChangeInputHairColor = Literal[
    "auburn",
    "balayage",
    "black",
    "blonde",
    "blue",
    "dark_brown",
    "gray",
    "green",
    "highlights",
    "light_brown",
    "natural",
    "ombre",
    "pink",
    "platinum_blonde",
    "purple",
    "rainbow",
    "red",
    "silver",
]

IMAGE_APPS_V2_HAIR_CHANGE_INPUT_HAIR_COLOR_VALUES: set[ImageAppsV2HairChangeInputHairColor] = {
    "auburn",
    "balayage",
    "black",
    "blonde",
    "blue",
    "dark_brown",
    "gray",
    "green",
    "highlights",
    "light_brown",
    "natural",
    "ombre",
    "pink",
    "platinum_blonde",
    "purple",
    "rainbow",
    "red",
    "silver",
}


def check_image_apps_v2_hair_change_input_hair_color(
    value: str,
) -> ImageAppsV2HairChangeInputHairColor:
    if value in IMAGE_APPS_V2_HAIR_CHANGE_INPUT_HAIR_COLOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_APPS_V2_HAIR_CHANGE_INPUT_HAIR_COLOR_VALUES!r}"
    )

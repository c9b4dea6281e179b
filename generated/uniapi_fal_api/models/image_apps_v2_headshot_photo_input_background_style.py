from typing import Literal

ImageAppsV2HeadshotPhotoInputBackgroundStyle = Literal[
    "clean", "corporate", "gradient", "professional"
]

IMAGE_APPS_V2_HEADSHOT_PHOTO_INPUT_BACKGROUND_STYLE_VALUES: set[
    ImageAppsV2HeadshotPhotoInputBackgroundStyle
] = {
    "clean",
    "corporate",
    "gradient",
    "professional",
}


def check_image_apps_v2_headshot_photo_input_background_style(
    value: str,
) -> ImageAppsV2HeadshotPhotoInputBackgroundStyle:
    if value in IMAGE_APPS_V2_HEADSHOT_PHOTO_INPUT_BACKGROUND_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_APPS_V2_HEADSHOT_PHOTO_INPUT_BACKGROUND_STYLE_VALUES!r}"
    )

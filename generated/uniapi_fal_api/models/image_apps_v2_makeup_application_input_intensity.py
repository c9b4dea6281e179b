from typing import Literal

ImageAppsV2MakeupApplicationInputIntensity = Literal["dramatic", "heavy", "light", "medium"]

IMAGE_APPS_V2_MAKEUP_APPLICATION_INPUT_INTENSITY_VALUES: set[
    ImageAppsV2MakeupApplicationInputIntensity
] = {
    "dramatic",
    "heavy",
    "light",
    "medium",
}


def check_image_apps_v2_makeup_application_input_intensity(
    value: str,
) -> ImageAppsV2MakeupApplicationInputIntensity:
    if value in IMAGE_APPS_V2_MAKEUP_APPLICATION_INPUT_INTENSITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_APPS_V2_MAKEUP_APPLICATION_INPUT_INTENSITY_VALUES!r}"
    )

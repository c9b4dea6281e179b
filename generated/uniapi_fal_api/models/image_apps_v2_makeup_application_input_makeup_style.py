from typing import Literal

ImageAppsV2MakeupApplicationInputMakeupStyle = Literal[
    "artistic",
    "bold_lips",
    "bridal",
    "dramatic",
    "glamorous",
    "korean_style",
    "natural",
    "no_makeup",
    "professional",
    "remove_makeup",
    "smoky_eyes",
]

IMAGE_APPS_V2_MAKEUP_APPLICATION_INPUT_MAKEUP_STYLE_VALUES: set[
    ImageAppsV2MakeupApplicationInputMakeupStyle
] = {
    "artistic",
    "bold_lips",
    "bridal",
    "dramatic",
    "glamorous",
    "korean_style",
    "natural",
    "no_makeup",
    "professional",
    "remove_makeup",
    "smoky_eyes",
}


def check_image_apps_v2_makeup_application_input_makeup_style(
    value: str,
) -> ImageAppsV2MakeupApplicationInputMakeupStyle:
    if value in IMAGE_APPS_V2_MAKEUP_APPLICATION_INPUT_MAKEUP_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_APPS_V2_MAKEUP_APPLICATION_INPUT_MAKEUP_STYLE_VALUES!r}"
    )

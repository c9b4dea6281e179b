from typing import Literal

ImageAppsV2RelightingInputLightingStyle = Literal[
    "ambient",
    "backlight",
    "blue_hour",
    "candlelight",
    "dramatic",
    "front_light",
    "golden_hour",
    "hard",
    "moonlight",
    "natural",
    "neon",
    "rim_light",
    "side_light",
    "soft",
    "spotlight",
    "studio",
    "sunrise",
    "sunset",
]

IMAGE_APPS_V2_RELIGHTING_INPUT_LIGHTING_STYLE_VALUES: set[
    ImageAppsV2RelightingInputLightingStyle
] = {
    "ambient",
    "backlight",
    "blue_hour",
    "candlelight",
    "dramatic",
    "front_light",
    "golden_hour",
    "hard",
    "moonlight",
    "natural",
    "neon",
    "rim_light",
    "side_light",
    "soft",
    "spotlight",
    "studio",
    "sunrise",
    "sunset",
}


def check_image_apps_v2_relighting_input_lighting_style(
    value: str,
) -> ImageAppsV2RelightingInputLightingStyle:
    if value in IMAGE_APPS_V2_RELIGHTING_INPUT_LIGHTING_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_APPS_V2_RELIGHTING_INPUT_LIGHTING_STYLE_VALUES!r}"
    )

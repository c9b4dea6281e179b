from typing import Literal

IdeogramV3ReplaceBackgroundInputRenderingSpeed = Literal["BALANCED", "QUALITY", "TURBO"]

IDEOGRAM_V3_REPLACE_BACKGROUND_INPUT_RENDERING_SPEED_VALUES: set[
    IdeogramV3ReplaceBackgroundInputRenderingSpeed
] = {
    "BALANCED",
    "QUALITY",
    "TURBO",
}


def check_ideogram_v3_replace_background_input_rendering_speed(
    value: str,
) -> IdeogramV3ReplaceBackgroundInputRenderingSpeed:
    if value in IDEOGRAM_V3_REPLACE_BACKGROUND_INPUT_RENDERING_SPEED_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDEOGRAM_V3_REPLACE_BACKGROUND_INPUT_RENDERING_SPEED_VALUES!r}"
    )

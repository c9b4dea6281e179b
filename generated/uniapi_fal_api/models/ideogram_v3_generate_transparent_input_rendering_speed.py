from typing import Literal

IdeogramV3GenerateTransparentInputRenderingSpeed = Literal["BALANCED", "QUALITY", "TURBO"]

IDEOGRAM_V3_GENERATE_TRANSPARENT_INPUT_RENDERING_SPEED_VALUES: set[
    IdeogramV3GenerateTransparentInputRenderingSpeed
] = {
    "BALANCED",
    "QUALITY",
    "TURBO",
}


def check_ideogram_v3_generate_transparent_input_rendering_speed(
    value: str,
) -> IdeogramV3GenerateTransparentInputRenderingSpeed:
    if value in IDEOGRAM_V3_GENERATE_TRANSPARENT_INPUT_RENDERING_SPEED_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDEOGRAM_V3_GENERATE_TRANSPARENT_INPUT_RENDERING_SPEED_VALUES!r}"
    )

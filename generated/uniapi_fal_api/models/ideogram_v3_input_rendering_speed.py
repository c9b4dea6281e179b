from typing import Literal

IdeogramV3InputRenderingSpeed = Literal["BALANCED", "QUALITY", "TURBO"]

IDEOGRAM_V3_INPUT_RENDERING_SPEED_VALUES: set[IdeogramV3InputRenderingSpeed] = {
    "BALANCED",
    "QUALITY",
    "TURBO",
}


def check_ideogram_v3_input_rendering_speed(value: str) -> IdeogramV3InputRenderingSpeed:
    if value in IDEOGRAM_V3_INPUT_RENDERING_SPEED_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDEOGRAM_V3_INPUT_RENDERING_SPEED_VALUES!r}"
    )

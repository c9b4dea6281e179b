from typing import Literal

IdeogramV4FastInputRenderingSpeed = Literal["BALANCED", "QUALITY", "TURBO"]

IDEOGRAM_V4_FAST_INPUT_RENDERING_SPEED_VALUES: set[IdeogramV4FastInputRenderingSpeed] = {
    "BALANCED",
    "QUALITY",
    "TURBO",
}


def check_ideogram_v4_fast_input_rendering_speed(value: str) -> IdeogramV4FastInputRenderingSpeed:
    if value in IDEOGRAM_V4_FAST_INPUT_RENDERING_SPEED_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDEOGRAM_V4_FAST_INPUT_RENDERING_SPEED_VALUES!r}"
    )

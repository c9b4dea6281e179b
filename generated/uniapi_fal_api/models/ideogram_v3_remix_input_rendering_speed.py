from typing import Literal

IdeogramV3RemixInputRenderingSpeed = Literal["BALANCED", "QUALITY", "TURBO"]

IDEOGRAM_V3_REMIX_INPUT_RENDERING_SPEED_VALUES: set[IdeogramV3RemixInputRenderingSpeed] = {
    "BALANCED",
    "QUALITY",
    "TURBO",
}


def check_ideogram_v3_remix_input_rendering_speed(value: str) -> IdeogramV3RemixInputRenderingSpeed:
    if value in IDEOGRAM_V3_REMIX_INPUT_RENDERING_SPEED_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDEOGRAM_V3_REMIX_INPUT_RENDERING_SPEED_VALUES!r}"
    )

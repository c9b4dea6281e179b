from typing import Literal

IdeogramV3ReframeInputRenderingSpeed = Literal["BALANCED", "QUALITY", "TURBO"]

IDEOGRAM_V3_REFRAME_INPUT_RENDERING_SPEED_VALUES: set[IdeogramV3ReframeInputRenderingSpeed] = {
    "BALANCED",
    "QUALITY",
    "TURBO",
}


def check_ideogram_v3_reframe_input_rendering_speed(
    value: str,
) -> IdeogramV3ReframeInputRenderingSpeed:
    if value in IDEOGRAM_V3_REFRAME_INPUT_RENDERING_SPEED_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDEOGRAM_V3_REFRAME_INPUT_RENDERING_SPEED_VALUES!r}"
    )

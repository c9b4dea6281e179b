from typing import Literal

IdeogramV4TilingInputRenderingSpeed = Literal["BALANCED", "QUALITY", "TURBO"]

IDEOGRAM_V4_TILING_INPUT_RENDERING_SPEED_VALUES: set[IdeogramV4TilingInputRenderingSpeed] = {
    "BALANCED",
    "QUALITY",
    "TURBO",
}


def check_ideogram_v4_tiling_input_rendering_speed(
    value: str,
) -> IdeogramV4TilingInputRenderingSpeed:
    if value in IDEOGRAM_V4_TILING_INPUT_RENDERING_SPEED_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDEOGRAM_V4_TILING_INPUT_RENDERING_SPEED_VALUES!r}"
    )

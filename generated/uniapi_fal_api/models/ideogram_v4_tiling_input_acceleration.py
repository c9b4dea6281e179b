from typing import Literal

IdeogramV4TilingInputAcceleration = Literal["high", "low", "none", "regular"]

IDEOGRAM_V4_TILING_INPUT_ACCELERATION_VALUES: set[IdeogramV4TilingInputAcceleration] = {
    "high",
    "low",
    "none",
    "regular",
}


def check_ideogram_v4_tiling_input_acceleration(value: str) -> IdeogramV4TilingInputAcceleration:
    if value in IDEOGRAM_V4_TILING_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDEOGRAM_V4_TILING_INPUT_ACCELERATION_VALUES!r}"
    )

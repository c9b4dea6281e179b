from typing import Literal

IdeogramV4InputAcceleration = Literal["high", "low", "none", "regular"]

IDEOGRAM_V4_INPUT_ACCELERATION_VALUES: set[IdeogramV4InputAcceleration] = {
    "high",
    "low",
    "none",
    "regular",
}


def check_ideogram_v4_input_acceleration(value: str) -> IdeogramV4InputAcceleration:
    if value in IDEOGRAM_V4_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDEOGRAM_V4_INPUT_ACCELERATION_VALUES!r}"
    )

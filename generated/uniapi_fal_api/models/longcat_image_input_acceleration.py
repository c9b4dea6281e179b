from typing import Literal

LongcatImageInputAcceleration = Literal["high", "none", "regular"]

LONGCAT_IMAGE_INPUT_ACCELERATION_VALUES: set[LongcatImageInputAcceleration] = {
    "high",
    "none",
    "regular",
}


def check_longcat_image_input_acceleration(value: str) -> LongcatImageInputAcceleration:
    if value in LONGCAT_IMAGE_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LONGCAT_IMAGE_INPUT_ACCELERATION_VALUES!r}"
    )

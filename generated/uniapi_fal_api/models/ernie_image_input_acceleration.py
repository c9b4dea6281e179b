from typing import Literal

ErnieImageInputAcceleration = Literal["high", "none", "regular"]

ERNIE_IMAGE_INPUT_ACCELERATION_VALUES: set[ErnieImageInputAcceleration] = {
    "high",
    "none",
    "regular",
}


def check_ernie_image_input_acceleration(value: str) -> ErnieImageInputAcceleration:
    if value in ERNIE_IMAGE_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ERNIE_IMAGE_INPUT_ACCELERATION_VALUES!r}"
    )

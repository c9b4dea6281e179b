from typing import Literal

ErnieImageTurboInputAcceleration = Literal["high", "none", "regular"]

ERNIE_IMAGE_TURBO_INPUT_ACCELERATION_VALUES: set[ErnieImageTurboInputAcceleration] = {
    "high",
    "none",
    "regular",
}


def check_ernie_image_turbo_input_acceleration(value: str) -> ErnieImageTurboInputAcceleration:
    if value in ERNIE_IMAGE_TURBO_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ERNIE_IMAGE_TURBO_INPUT_ACCELERATION_VALUES!r}"
    )

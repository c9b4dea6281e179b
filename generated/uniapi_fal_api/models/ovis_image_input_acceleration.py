from typing import Literal

OvisImageInputAcceleration = Literal["high", "none", "regular"]

OVIS_IMAGE_INPUT_ACCELERATION_VALUES: set[OvisImageInputAcceleration] = {
    "high",
    "none",
    "regular",
}


def check_ovis_image_input_acceleration(value: str) -> OvisImageInputAcceleration:
    if value in OVIS_IMAGE_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OVIS_IMAGE_INPUT_ACCELERATION_VALUES!r}"
    )

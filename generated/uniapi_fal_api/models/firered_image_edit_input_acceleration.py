from typing import Literal

FireredImageEditInputAcceleration = Literal["high", "none", "regular"]

FIRERED_IMAGE_EDIT_INPUT_ACCELERATION_VALUES: set[FireredImageEditInputAcceleration] = {
    "high",
    "none",
    "regular",
}


def check_firered_image_edit_input_acceleration(value: str) -> FireredImageEditInputAcceleration:
    if value in FIRERED_IMAGE_EDIT_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FIRERED_IMAGE_EDIT_INPUT_ACCELERATION_VALUES!r}"
    )

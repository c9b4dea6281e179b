from typing import Literal

LongcatImageEditInputAcceleration = Literal["high", "none", "regular"]

LONGCAT_IMAGE_EDIT_INPUT_ACCELERATION_VALUES: set[LongcatImageEditInputAcceleration] = {
    "high",
    "none",
    "regular",
}


def check_longcat_image_edit_input_acceleration(value: str) -> LongcatImageEditInputAcceleration:
    if value in LONGCAT_IMAGE_EDIT_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LONGCAT_IMAGE_EDIT_INPUT_ACCELERATION_VALUES!r}"
    )

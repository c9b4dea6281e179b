from typing import Literal

FireredImageEditV11InputAcceleration = Literal["high", "none", "regular"]

FIRERED_IMAGE_EDIT_V11_INPUT_ACCELERATION_VALUES: set[FireredImageEditV11InputAcceleration] = {
    "high",
    "none",
    "regular",
}


def check_firered_image_edit_v11_input_acceleration(
    value: str,
) -> FireredImageEditV11InputAcceleration:
    if value in FIRERED_IMAGE_EDIT_V11_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FIRERED_IMAGE_EDIT_V11_INPUT_ACCELERATION_VALUES!r}"
    )

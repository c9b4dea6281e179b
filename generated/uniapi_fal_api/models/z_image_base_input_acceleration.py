from typing import Literal

ZImageBaseInputAcceleration = Literal["high", "none", "regular"]

Z_IMAGE_BASE_INPUT_ACCELERATION_VALUES: set[ZImageBaseInputAcceleration] = {
    "high",
    "none",
    "regular",
}


def check_z_image_base_input_acceleration(value: str) -> ZImageBaseInputAcceleration:
    if value in Z_IMAGE_BASE_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {Z_IMAGE_BASE_INPUT_ACCELERATION_VALUES!r}"
    )

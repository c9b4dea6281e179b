from typing import Literal

WanV22A14BImageToImageInputAcceleration = Literal["none", "regular"]

WAN_V22A14B_IMAGE_TO_IMAGE_INPUT_ACCELERATION_VALUES: set[
    WanV22A14BImageToImageInputAcceleration
] = {
    "none",
    "regular",
}


def check_wan_v22a14b_image_to_image_input_acceleration(
    value: str,
) -> WanV22A14BImageToImageInputAcceleration:
    if value in WAN_V22A14B_IMAGE_TO_IMAGE_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V22A14B_IMAGE_TO_IMAGE_INPUT_ACCELERATION_VALUES!r}"
    )

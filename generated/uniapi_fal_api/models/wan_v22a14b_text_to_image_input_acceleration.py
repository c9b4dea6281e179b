from typing import Literal

WanV22A14BTextToImageInputAcceleration = Literal["none", "regular"]

WAN_V22A14B_TEXT_TO_IMAGE_INPUT_ACCELERATION_VALUES: set[WanV22A14BTextToImageInputAcceleration] = {
    "none",
    "regular",
}


def check_wan_v22a14b_text_to_image_input_acceleration(
    value: str,
) -> WanV22A14BTextToImageInputAcceleration:
    if value in WAN_V22A14B_TEXT_TO_IMAGE_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V22A14B_TEXT_TO_IMAGE_INPUT_ACCELERATION_VALUES!r}"
    )

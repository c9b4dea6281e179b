from typing import Literal

IdeogramV4ImageToImageInputAcceleration = Literal["high", "low", "none", "regular"]

IDEOGRAM_V4_IMAGE_TO_IMAGE_INPUT_ACCELERATION_VALUES: set[
    IdeogramV4ImageToImageInputAcceleration
] = {
    "high",
    "low",
    "none",
    "regular",
}


def check_ideogram_v4_image_to_image_input_acceleration(
    value: str,
) -> IdeogramV4ImageToImageInputAcceleration:
    if value in IDEOGRAM_V4_IMAGE_TO_IMAGE_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDEOGRAM_V4_IMAGE_TO_IMAGE_INPUT_ACCELERATION_VALUES!r}"
    )

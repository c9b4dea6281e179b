from typing import Literal

IdeogramV4ImageToImageInputRenderingSpeed = Literal["BALANCED", "QUALITY", "TURBO"]

IDEOGRAM_V4_IMAGE_TO_IMAGE_INPUT_RENDERING_SPEED_VALUES: set[
    IdeogramV4ImageToImageInputRenderingSpeed
] = {
    "BALANCED",
    "QUALITY",
    "TURBO",
}


def check_ideogram_v4_image_to_image_input_rendering_speed(
    value: str,
) -> IdeogramV4ImageToImageInputRenderingSpeed:
    if value in IDEOGRAM_V4_IMAGE_TO_IMAGE_INPUT_RENDERING_SPEED_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDEOGRAM_V4_IMAGE_TO_IMAGE_INPUT_RENDERING_SPEED_VALUES!r}"
    )

from typing import Literal

PlaygroundV25ImageToImageInputFormat = Literal["jpeg", "png"]

PLAYGROUND_V25_IMAGE_TO_IMAGE_INPUT_FORMAT_VALUES: set[PlaygroundV25ImageToImageInputFormat] = {
    "jpeg",
    "png",
}


def check_playground_v25_image_to_image_input_format(
    value: str,
) -> PlaygroundV25ImageToImageInputFormat:
    if value in PLAYGROUND_V25_IMAGE_TO_IMAGE_INPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PLAYGROUND_V25_IMAGE_TO_IMAGE_INPUT_FORMAT_VALUES!r}"
    )

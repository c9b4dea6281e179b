from typing import Literal

OvisImageInputOutputFormat = Literal["jpeg", "png", "webp"]

OVIS_IMAGE_INPUT_OUTPUT_FORMAT_VALUES: set[OvisImageInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_ovis_image_input_output_format(value: str) -> OvisImageInputOutputFormat:
    if value in OVIS_IMAGE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OVIS_IMAGE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

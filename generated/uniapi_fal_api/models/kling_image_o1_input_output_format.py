from typing import Literal

KlingImageO1InputOutputFormat = Literal["jpeg", "png", "webp"]

KLING_IMAGE_O1_INPUT_OUTPUT_FORMAT_VALUES: set[KlingImageO1InputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_kling_image_o1_input_output_format(value: str) -> KlingImageO1InputOutputFormat:
    if value in KLING_IMAGE_O1_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_IMAGE_O1_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

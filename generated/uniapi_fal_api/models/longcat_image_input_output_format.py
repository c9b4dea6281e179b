from typing import Literal

LongcatImageInputOutputFormat = Literal["jpeg", "png", "webp"]

LONGCAT_IMAGE_INPUT_OUTPUT_FORMAT_VALUES: set[LongcatImageInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_longcat_image_input_output_format(value: str) -> LongcatImageInputOutputFormat:
    if value in LONGCAT_IMAGE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LONGCAT_IMAGE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

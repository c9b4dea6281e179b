from typing import Literal

BooguImageInputOutputFormat = Literal["jpeg", "png"]

BOOGU_IMAGE_INPUT_OUTPUT_FORMAT_VALUES: set[BooguImageInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_boogu_image_input_output_format(value: str) -> BooguImageInputOutputFormat:
    if value in BOOGU_IMAGE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BOOGU_IMAGE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

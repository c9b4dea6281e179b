from typing import Literal

ReveTextToImageInputOutputFormat = Literal["jpeg", "png", "webp"]

REVE_TEXT_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES: set[ReveTextToImageInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_reve_text_to_image_input_output_format(value: str) -> ReveTextToImageInputOutputFormat:
    if value in REVE_TEXT_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REVE_TEXT_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

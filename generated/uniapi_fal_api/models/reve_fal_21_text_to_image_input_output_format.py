from typing import Literal

ReveFal21TextToImageInputOutputFormat = Literal["jpeg", "png", "webp"]

REVE_FAL_21_TEXT_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES: set[ReveFal21TextToImageInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_reve_fal_21_text_to_image_input_output_format(
    value: str,
) -> ReveFal21TextToImageInputOutputFormat:
    if value in REVE_FAL_21_TEXT_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REVE_FAL_21_TEXT_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

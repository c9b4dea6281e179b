from typing import Literal

HidreamI1FullImageToImageInputOutputFormat = Literal["jpeg", "png"]

HIDREAM_I1_FULL_IMAGE_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES: set[
    HidreamI1FullImageToImageInputOutputFormat
] = {
    "jpeg",
    "png",
}


def check_hidream_i1_full_image_to_image_input_output_format(
    value: str,
) -> HidreamI1FullImageToImageInputOutputFormat:
    if value in HIDREAM_I1_FULL_IMAGE_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HIDREAM_I1_FULL_IMAGE_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

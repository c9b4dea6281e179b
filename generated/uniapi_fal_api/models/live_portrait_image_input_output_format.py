from typing import Literal

LivePortraitImageInputOutputFormat = Literal["jpeg", "png"]

LIVE_PORTRAIT_IMAGE_INPUT_OUTPUT_FORMAT_VALUES: set[LivePortraitImageInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_live_portrait_image_input_output_format(value: str) -> LivePortraitImageInputOutputFormat:
    if value in LIVE_PORTRAIT_IMAGE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIVE_PORTRAIT_IMAGE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

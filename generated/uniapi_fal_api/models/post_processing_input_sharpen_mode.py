from typing import Literal

PostProcessingInputSharpenMode = Literal["basic", "cas", "smart"]

POST_PROCESSING_INPUT_SHARPEN_MODE_VALUES: set[PostProcessingInputSharpenMode] = {
    "basic",
    "cas",
    "smart",
}


def check_post_processing_input_sharpen_mode(value: str) -> PostProcessingInputSharpenMode:
    if value in POST_PROCESSING_INPUT_SHARPEN_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {POST_PROCESSING_INPUT_SHARPEN_MODE_VALUES!r}"
    )

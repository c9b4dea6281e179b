from typing import Literal

PostProcessingSharpenInputSharpenMode = Literal["basic", "cas", "smart"]

POST_PROCESSING_SHARPEN_INPUT_SHARPEN_MODE_VALUES: set[PostProcessingSharpenInputSharpenMode] = {
    "basic",
    "cas",
    "smart",
}


def check_post_processing_sharpen_input_sharpen_mode(
    value: str,
) -> PostProcessingSharpenInputSharpenMode:
    if value in POST_PROCESSING_SHARPEN_INPUT_SHARPEN_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {POST_PROCESSING_SHARPEN_INPUT_SHARPEN_MODE_VALUES!r}"
    )

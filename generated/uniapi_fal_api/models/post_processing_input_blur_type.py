from typing import Literal

PostProcessingInputBlurType = Literal["gaussian", "kuwahara"]

POST_PROCESSING_INPUT_BLUR_TYPE_VALUES: set[PostProcessingInputBlurType] = {
    "gaussian",
    "kuwahara",
}


def check_post_processing_input_blur_type(value: str) -> PostProcessingInputBlurType:
    if value in POST_PROCESSING_INPUT_BLUR_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {POST_PROCESSING_INPUT_BLUR_TYPE_VALUES!r}"
    )

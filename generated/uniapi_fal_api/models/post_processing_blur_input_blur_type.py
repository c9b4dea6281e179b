from typing import Literal

PostProcessingBlurInputBlurType = Literal["gaussian", "kuwahara"]

POST_PROCESSING_BLUR_INPUT_BLUR_TYPE_VALUES: set[PostProcessingBlurInputBlurType] = {
    "gaussian",
    "kuwahara",
}


def check_post_processing_blur_input_blur_type(value: str) -> PostProcessingBlurInputBlurType:
    if value in POST_PROCESSING_BLUR_INPUT_BLUR_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {POST_PROCESSING_BLUR_INPUT_BLUR_TYPE_VALUES!r}"
    )

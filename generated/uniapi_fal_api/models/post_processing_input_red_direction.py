from typing import Literal

PostProcessingInputRedDirection = Literal["horizontal", "vertical"]

POST_PROCESSING_INPUT_RED_DIRECTION_VALUES: set[PostProcessingInputRedDirection] = {
    "horizontal",
    "vertical",
}


def check_post_processing_input_red_direction(value: str) -> PostProcessingInputRedDirection:
    if value in POST_PROCESSING_INPUT_RED_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {POST_PROCESSING_INPUT_RED_DIRECTION_VALUES!r}"
    )

from typing import Literal

PostProcessingInputBlueDirection = Literal["horizontal", "vertical"]

POST_PROCESSING_INPUT_BLUE_DIRECTION_VALUES: set[PostProcessingInputBlueDirection] = {
    "horizontal",
    "vertical",
}


def check_post_processing_input_blue_direction(value: str) -> PostProcessingInputBlueDirection:
    if value in POST_PROCESSING_INPUT_BLUE_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {POST_PROCESSING_INPUT_BLUE_DIRECTION_VALUES!r}"
    )

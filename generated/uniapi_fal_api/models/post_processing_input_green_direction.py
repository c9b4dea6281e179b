from typing import Literal

PostProcessingInputGreenDirection = Literal["horizontal", "vertical"]

POST_PROCESSING_INPUT_GREEN_DIRECTION_VALUES: set[PostProcessingInputGreenDirection] = {
    "horizontal",
    "vertical",
}


def check_post_processing_input_green_direction(value: str) -> PostProcessingInputGreenDirection:
    if value in POST_PROCESSING_INPUT_GREEN_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {POST_PROCESSING_INPUT_GREEN_DIRECTION_VALUES!r}"
    )

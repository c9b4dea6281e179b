from typing import Literal

PostProcessingInputGrainStyle = Literal[
    "analog", "cinematic", "fuji", "kodak", "modern", "newspaper"
]

POST_PROCESSING_INPUT_GRAIN_STYLE_VALUES: set[PostProcessingInputGrainStyle] = {
    "analog",
    "cinematic",
    "fuji",
    "kodak",
    "modern",
    "newspaper",
}


def check_post_processing_input_grain_style(value: str) -> PostProcessingInputGrainStyle:
    if value in POST_PROCESSING_INPUT_GRAIN_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {POST_PROCESSING_INPUT_GRAIN_STYLE_VALUES!r}"
    )

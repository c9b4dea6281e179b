from typing import Literal

PostProcessingGrainInputGrainStyle = Literal[
    "analog", "cinematic", "fuji", "kodak", "modern", "newspaper"
]

POST_PROCESSING_GRAIN_INPUT_GRAIN_STYLE_VALUES: set[PostProcessingGrainInputGrainStyle] = {
    "analog",
    "cinematic",
    "fuji",
    "kodak",
    "modern",
    "newspaper",
}


def check_post_processing_grain_input_grain_style(value: str) -> PostProcessingGrainInputGrainStyle:
    if value in POST_PROCESSING_GRAIN_INPUT_GRAIN_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {POST_PROCESSING_GRAIN_INPUT_GRAIN_STYLE_VALUES!r}"
    )

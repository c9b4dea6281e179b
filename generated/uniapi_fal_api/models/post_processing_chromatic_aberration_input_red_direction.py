from typing import Literal

PostProcessingChromaticAberrationInputRedDirection = Literal["horizontal", "vertical"]

POST_PROCESSING_CHROMATIC_ABERRATION_INPUT_RED_DIRECTION_VALUES: set[
    PostProcessingChromaticAberrationInputRedDirection
] = {
    "horizontal",
    "vertical",
}


def check_post_processing_chromatic_aberration_input_red_direction(
    value: str,
) -> PostProcessingChromaticAberrationInputRedDirection:
    if value in POST_PROCESSING_CHROMATIC_ABERRATION_INPUT_RED_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {POST_PROCESSING_CHROMATIC_ABERRATION_INPUT_RED_DIRECTION_VALUES!r}"
    )

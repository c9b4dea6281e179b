from typing import Literal

PostProcessingChromaticAberrationInputBlueDirection = Literal["horizontal", "vertical"]

POST_PROCESSING_CHROMATIC_ABERRATION_INPUT_BLUE_DIRECTION_VALUES: set[
    PostProcessingChromaticAberrationInputBlueDirection
] = {
    "horizontal",
    "vertical",
}


def check_post_processing_chromatic_aberration_input_blue_direction(
    value: str,
) -> PostProcessingChromaticAberrationInputBlueDirection:
    if value in POST_PROCESSING_CHROMATIC_ABERRATION_INPUT_BLUE_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {POST_PROCESSING_CHROMATIC_ABERRATION_INPUT_BLUE_DIRECTION_VALUES!r}"
    )

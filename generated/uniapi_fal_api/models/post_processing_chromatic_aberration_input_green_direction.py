from typing import Literal

PostProcessingChromaticAberrationInputGreenDirection = Literal["horizontal", "vertical"]

POST_PROCESSING_CHROMATIC_ABERRATION_INPUT_GREEN_DIRECTION_VALUES: set[
    PostProcessingChromaticAberrationInputGreenDirection
] = {
    "horizontal",
    "vertical",
}


def check_post_processing_chromatic_aberration_input_green_direction(
    value: str,
) -> PostProcessingChromaticAberrationInputGreenDirection:
    if value in POST_PROCESSING_CHROMATIC_ABERRATION_INPUT_GREEN_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {POST_PROCESSING_CHROMATIC_ABERRATION_INPUT_GREEN_DIRECTION_VALUES!r}"
    )

from typing import Literal

PostProcessingDodgeBurnInputDodgeBurnMode = Literal[
    "burn",
    "burn_and_dodge",
    "color_burn",
    "color_dodge",
    "dodge",
    "dodge_and_burn",
    "linear_burn",
    "linear_dodge",
]

POST_PROCESSING_DODGE_BURN_INPUT_DODGE_BURN_MODE_VALUES: set[
    PostProcessingDodgeBurnInputDodgeBurnMode
] = {
    "burn",
    "burn_and_dodge",
    "color_burn",
    "color_dodge",
    "dodge",
    "dodge_and_burn",
    "linear_burn",
    "linear_dodge",
}


def check_post_processing_dodge_burn_input_dodge_burn_mode(
    value: str,
) -> PostProcessingDodgeBurnInputDodgeBurnMode:
    if value in POST_PROCESSING_DODGE_BURN_INPUT_DODGE_BURN_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {POST_PROCESSING_DODGE_BURN_INPUT_DODGE_BURN_MODE_VALUES!r}"
    )

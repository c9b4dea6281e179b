from typing import Literal

PostProcessingColorTintInputTintMode = Literal[
    "blue",
    "cool",
    "cyan",
    "green",
    "lavender",
    "lime",
    "magenta",
    "maroon",
    "navy",
    "olive",
    "orange",
    "peach",
    "purple",
    "red",
    "rose",
    "sepia",
    "teal",
    "vintage",
    "warm",
    "yellow",
]

POST_PROCESSING_COLOR_TINT_INPUT_TINT_MODE_VALUES: set[PostProcessingColorTintInputTintMode] = {
    "blue",
    "cool",
    "cyan",
    "green",
    "lavender",
    "lime",
    "magenta",
    "maroon",
    "navy",
    "olive",
    "orange",
    "peach",
    "purple",
    "red",
    "rose",
    "sepia",
    "teal",
    "vintage",
    "warm",
    "yellow",
}


def check_post_processing_color_tint_input_tint_mode(
    value: str,
) -> PostProcessingColorTintInputTintMode:
    if value in POST_PROCESSING_COLOR_TINT_INPUT_TINT_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {POST_PROCESSING_COLOR_TINT_INPUT_TINT_MODE_VALUES!r}"
    )

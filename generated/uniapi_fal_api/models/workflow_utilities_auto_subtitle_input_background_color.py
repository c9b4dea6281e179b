from typing import Literal

WorkflowUtilitiesAutoSubtitleInputBackgroundColor = Literal[
    "black",
    "blue",
    "brown",
    "cyan",
    "gray",
    "green",
    "magenta",
    "none",
    "orange",
    "pink",
    "purple",
    "red",
    "transparent",
    "white",
    "yellow",
]

WORKFLOW_UTILITIES_AUTO_SUBTITLE_INPUT_BACKGROUND_COLOR_VALUES: set[
    WorkflowUtilitiesAutoSubtitleInputBackgroundColor
] = {
    "black",
    "blue",
    "brown",
    "cyan",
    "gray",
    "green",
    "magenta",
    "none",
    "orange",
    "pink",
    "purple",
    "red",
    "transparent",
    "white",
    "yellow",
}


def check_workflow_utilities_auto_subtitle_input_background_color(
    value: str,
) -> WorkflowUtilitiesAutoSubtitleInputBackgroundColor:
    if value in WORKFLOW_UTILITIES_AUTO_SUBTITLE_INPUT_BACKGROUND_COLOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKFLOW_UTILITIES_AUTO_SUBTITLE_INPUT_BACKGROUND_COLOR_VALUES!r}"
    )

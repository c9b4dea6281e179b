from typing import Literal

WorkflowUtilitiesAutoSubtitleInputStrokeColor = Literal[
    "black",
    "blue",
    "brown",
    "cyan",
    "gray",
    "green",
    "magenta",
    "orange",
    "pink",
    "purple",
    "red",
    "white",
    "yellow",
]

WORKFLOW_UTILITIES_AUTO_SUBTITLE_INPUT_STROKE_COLOR_VALUES: set[
    WorkflowUtilitiesAutoSubtitleInputStrokeColor
] = {
    "black",
    "blue",
    "brown",
    "cyan",
    "gray",
    "green",
    "magenta",
    "orange",
    "pink",
    "purple",
    "red",
    "white",
    "yellow",
}


def check_workflow_utilities_auto_subtitle_input_stroke_color(
    value: str,
) -> WorkflowUtilitiesAutoSubtitleInputStrokeColor:
    if value in WORKFLOW_UTILITIES_AUTO_SUBTITLE_INPUT_STROKE_COLOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKFLOW_UTILITIES_AUTO_SUBTITLE_INPUT_STROKE_COLOR_VALUES!r}"
    )

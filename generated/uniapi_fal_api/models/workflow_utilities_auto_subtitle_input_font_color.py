from typing import Literal

WorkflowUtilitiesAutoSubtitleInputFontColor = Literal[
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

WORKFLOW_UTILITIES_AUTO_SUBTITLE_INPUT_FONT_COLOR_VALUES: set[
    WorkflowUtilitiesAutoSubtitleInputFontColor
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


def check_workflow_utilities_auto_subtitle_input_font_color(
    value: str,
) -> WorkflowUtilitiesAutoSubtitleInputFontColor:
    if value in WORKFLOW_UTILITIES_AUTO_SUBTITLE_INPUT_FONT_COLOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKFLOW_UTILITIES_AUTO_SUBTITLE_INPUT_FONT_COLOR_VALUES!r}"
    )

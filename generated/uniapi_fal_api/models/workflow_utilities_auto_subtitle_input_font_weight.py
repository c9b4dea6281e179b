from typing import Literal

WorkflowUtilitiesAutoSubtitleInputFontWeight = Literal["black", "bold", "normal"]

WORKFLOW_UTILITIES_AUTO_SUBTITLE_INPUT_FONT_WEIGHT_VALUES: set[
    WorkflowUtilitiesAutoSubtitleInputFontWeight
] = {
    "black",
    "bold",
    "normal",
}


def check_workflow_utilities_auto_subtitle_input_font_weight(
    value: str,
) -> WorkflowUtilitiesAutoSubtitleInputFontWeight:
    if value in WORKFLOW_UTILITIES_AUTO_SUBTITLE_INPUT_FONT_WEIGHT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKFLOW_UTILITIES_AUTO_SUBTITLE_INPUT_FONT_WEIGHT_VALUES!r}"
    )

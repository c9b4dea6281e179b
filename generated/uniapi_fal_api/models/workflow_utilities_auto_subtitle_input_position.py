from typing import Literal

WorkflowUtilitiesAutoSubtitleInputPosition = Literal["bottom", "center", "top"]

WORKFLOW_UTILITIES_AUTO_SUBTITLE_INPUT_POSITION_VALUES: set[
    WorkflowUtilitiesAutoSubtitleInputPosition
] = {
    "bottom",
    "center",
    "top",
}


def check_workflow_utilities_auto_subtitle_input_position(
    value: str,
) -> WorkflowUtilitiesAutoSubtitleInputPosition:
    if value in WORKFLOW_UTILITIES_AUTO_SUBTITLE_INPUT_POSITION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKFLOW_UTILITIES_AUTO_SUBTITLE_INPUT_POSITION_VALUES!r}"
    )

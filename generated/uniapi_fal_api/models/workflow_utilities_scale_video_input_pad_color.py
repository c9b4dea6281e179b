from typing import Literal

WorkflowUtilitiesScaleVideoInputPadColor = Literal["black", "blue", "gray", "green", "red", "white"]

WORKFLOW_UTILITIES_SCALE_VIDEO_INPUT_PAD_COLOR_VALUES: set[
    WorkflowUtilitiesScaleVideoInputPadColor
] = {
    "black",
    "blue",
    "gray",
    "green",
    "red",
    "white",
}


def check_workflow_utilities_scale_video_input_pad_color(
    value: str,
) -> WorkflowUtilitiesScaleVideoInputPadColor:
    if value in WORKFLOW_UTILITIES_SCALE_VIDEO_INPUT_PAD_COLOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKFLOW_UTILITIES_SCALE_VIDEO_INPUT_PAD_COLOR_VALUES!r}"
    )

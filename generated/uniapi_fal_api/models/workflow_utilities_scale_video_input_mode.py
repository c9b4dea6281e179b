from typing import Literal

WorkflowUtilitiesScaleVideoInputMode = Literal["crop", "pad", "stretch"]

WORKFLOW_UTILITIES_SCALE_VIDEO_INPUT_MODE_VALUES: set[WorkflowUtilitiesScaleVideoInputMode] = {
    "crop",
    "pad",
    "stretch",
}


def check_workflow_utilities_scale_video_input_mode(
    value: str,
) -> WorkflowUtilitiesScaleVideoInputMode:
    if value in WORKFLOW_UTILITIES_SCALE_VIDEO_INPUT_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKFLOW_UTILITIES_SCALE_VIDEO_INPUT_MODE_VALUES!r}"
    )

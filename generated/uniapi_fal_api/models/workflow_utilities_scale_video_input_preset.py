from typing import Literal

WorkflowUtilitiesScaleVideoInputPreset = Literal["fast", "medium", "slow", "ultrafast"]

WORKFLOW_UTILITIES_SCALE_VIDEO_INPUT_PRESET_VALUES: set[WorkflowUtilitiesScaleVideoInputPreset] = {
    "fast",
    "medium",
    "slow",
    "ultrafast",
}


def check_workflow_utilities_scale_video_input_preset(
    value: str,
) -> WorkflowUtilitiesScaleVideoInputPreset:
    if value in WORKFLOW_UTILITIES_SCALE_VIDEO_INPUT_PRESET_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKFLOW_UTILITIES_SCALE_VIDEO_INPUT_PRESET_VALUES!r}"
    )

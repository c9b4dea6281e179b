from typing import Literal

MoondreamNextDetectionInputTaskType = Literal["bbox_detection", "gaze_detection", "point_detection"]

MOONDREAM_NEXT_DETECTION_INPUT_TASK_TYPE_VALUES: set[MoondreamNextDetectionInputTaskType] = {
    "bbox_detection",
    "gaze_detection",
    "point_detection",
}


def check_moondream_next_detection_input_task_type(
    value: str,
) -> MoondreamNextDetectionInputTaskType:
    if value in MOONDREAM_NEXT_DETECTION_INPUT_TASK_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MOONDREAM_NEXT_DETECTION_INPUT_TASK_TYPE_VALUES!r}"
    )

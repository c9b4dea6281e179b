from typing import Literal

VideoConditioningInputConditioningType = Literal["canny", "depth", "pose", "rgb"]

VIDEO_CONDITIONING_INPUT_CONDITIONING_TYPE_VALUES: set[VideoConditioningInputConditioningType] = {
    "canny",
    "depth",
    "pose",
    "rgb",
}


def check_video_conditioning_input_conditioning_type(
    value: str,
) -> VideoConditioningInputConditioningType:
    if value in VIDEO_CONDITIONING_INPUT_CONDITIONING_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDEO_CONDITIONING_INPUT_CONDITIONING_TYPE_VALUES!r}"
    )

from typing import Literal

VideoConditioningInputVF09E39ConditioningType = Literal["canny", "depth", "pose", "rgb"]

VIDEO_CONDITIONING_INPUT_VF09E39_CONDITIONING_TYPE_VALUES: set[
    VideoConditioningInputVF09E39ConditioningType
] = {
    "canny",
    "depth",
    "pose",
    "rgb",
}


def check_video_conditioning_input_vf09e39_conditioning_type(
    value: str,
) -> VideoConditioningInputVF09E39ConditioningType:
    if value in VIDEO_CONDITIONING_INPUT_VF09E39_CONDITIONING_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDEO_CONDITIONING_INPUT_VF09E39_CONDITIONING_TYPE_VALUES!r}"
    )

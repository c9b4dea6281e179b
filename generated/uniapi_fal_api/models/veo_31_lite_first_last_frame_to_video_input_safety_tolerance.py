from typing import Literal

Veo31LiteFirstLastFrameToVideoInputSafetyTolerance = Literal["1", "2", "3", "4", "5", "6"]

VEO_31_LITE_FIRST_LAST_FRAME_TO_VIDEO_INPUT_SAFETY_TOLERANCE_VALUES: set[
    Veo31LiteFirstLastFrameToVideoInputSafetyTolerance
] = {
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
}


def check_veo_31_lite_first_last_frame_to_video_input_safety_tolerance(
    value: str,
) -> Veo31LiteFirstLastFrameToVideoInputSafetyTolerance:
    if value in VEO_31_LITE_FIRST_LAST_FRAME_TO_VIDEO_INPUT_SAFETY_TOLERANCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_31_LITE_FIRST_LAST_FRAME_TO_VIDEO_INPUT_SAFETY_TOLERANCE_VALUES!r}"
    )

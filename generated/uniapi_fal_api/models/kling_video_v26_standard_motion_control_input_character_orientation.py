from typing import Literal

KlingVideoV26StandardMotionControlInputCharacterOrientation = Literal["image", "video"]

KLING_VIDEO_V26_STANDARD_MOTION_CONTROL_INPUT_CHARACTER_ORIENTATION_VALUES: set[
    KlingVideoV26StandardMotionControlInputCharacterOrientation
] = {
    "image",
    "video",
}


def check_kling_video_v26_standard_motion_control_input_character_orientation(
    value: str,
) -> KlingVideoV26StandardMotionControlInputCharacterOrientation:
    if value in KLING_VIDEO_V26_STANDARD_MOTION_CONTROL_INPUT_CHARACTER_ORIENTATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_V26_STANDARD_MOTION_CONTROL_INPUT_CHARACTER_ORIENTATION_VALUES!r}"
    )

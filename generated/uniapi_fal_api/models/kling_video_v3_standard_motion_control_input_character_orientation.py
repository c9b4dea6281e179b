from typing import Literal

KlingVideoV3StandardMotionControlInputCharacterOrientation = Literal["image", "video"]

KLING_VIDEO_V3_STANDARD_MOTION_CONTROL_INPUT_CHARACTER_ORIENTATION_VALUES: set[
    KlingVideoV3StandardMotionControlInputCharacterOrientation
] = {
    "image",
    "video",
}


def check_kling_video_v3_standard_motion_control_input_character_orientation(
    value: str,
) -> KlingVideoV3StandardMotionControlInputCharacterOrientation:
    if value in KLING_VIDEO_V3_STANDARD_MOTION_CONTROL_INPUT_CHARACTER_ORIENTATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_V3_STANDARD_MOTION_CONTROL_INPUT_CHARACTER_ORIENTATION_VALUES!r}"
    )

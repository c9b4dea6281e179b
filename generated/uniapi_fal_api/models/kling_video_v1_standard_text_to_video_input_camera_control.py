from typing import Literal

KlingVideoV1StandardTextToVideoInputCameraControl = Literal[
    "down_back", "forward_up", "left_turn_forward", "right_turn_forward"
]

KLING_VIDEO_V1_STANDARD_TEXT_TO_VIDEO_INPUT_CAMERA_CONTROL_VALUES: set[
    KlingVideoV1StandardTextToVideoInputCameraControl
] = {
    "down_back",
    "forward_up",
    "left_turn_forward",
    "right_turn_forward",
}


def check_kling_video_v1_standard_text_to_video_input_camera_control(
    value: str,
) -> KlingVideoV1StandardTextToVideoInputCameraControl:
    if value in KLING_VIDEO_V1_STANDARD_TEXT_TO_VIDEO_INPUT_CAMERA_CONTROL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_V1_STANDARD_TEXT_TO_VIDEO_INPUT_CAMERA_CONTROL_VALUES!r}"
    )

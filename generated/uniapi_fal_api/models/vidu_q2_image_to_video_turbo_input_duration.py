from typing import Literal

ViduQ2ImageToVideoTurboInputDuration = Literal[2, 3, 4, 5, 6, 7, 8]

VIDU_Q2_IMAGE_TO_VIDEO_TURBO_INPUT_DURATION_VALUES: set[ViduQ2ImageToVideoTurboInputDuration] = {
    2,
    3,
    4,
    5,
    6,
    7,
    8,
}


def check_vidu_q2_image_to_video_turbo_input_duration(
    value: int,
) -> ViduQ2ImageToVideoTurboInputDuration:
    if value in VIDU_Q2_IMAGE_TO_VIDEO_TURBO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_Q2_IMAGE_TO_VIDEO_TURBO_INPUT_DURATION_VALUES!r}"
    )

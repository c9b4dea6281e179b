from typing import Literal

ViduQ2ImageToVideoTurboInputResolution = Literal["1080p", "720p"]

VIDU_Q2_IMAGE_TO_VIDEO_TURBO_INPUT_RESOLUTION_VALUES: set[
    ViduQ2ImageToVideoTurboInputResolution
] = {
    "1080p",
    "720p",
}


def check_vidu_q2_image_to_video_turbo_input_resolution(
    value: str,
) -> ViduQ2ImageToVideoTurboInputResolution:
    if value in VIDU_Q2_IMAGE_TO_VIDEO_TURBO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_Q2_IMAGE_TO_VIDEO_TURBO_INPUT_RESOLUTION_VALUES!r}"
    )

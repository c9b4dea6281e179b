from typing import Literal

ViduQ3ImageToVideoTurboInputResolution = Literal["1080p", "360p", "540p", "720p"]

VIDU_Q3_IMAGE_TO_VIDEO_TURBO_INPUT_RESOLUTION_VALUES: set[
    ViduQ3ImageToVideoTurboInputResolution
] = {
    "1080p",
    "360p",
    "540p",
    "720p",
}


def check_vidu_q3_image_to_video_turbo_input_resolution(
    value: str,
) -> ViduQ3ImageToVideoTurboInputResolution:
    if value in VIDU_Q3_IMAGE_TO_VIDEO_TURBO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_Q3_IMAGE_TO_VIDEO_TURBO_INPUT_RESOLUTION_VALUES!r}"
    )

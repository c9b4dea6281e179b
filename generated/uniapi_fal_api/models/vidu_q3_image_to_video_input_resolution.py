from typing import Literal

ViduQ3ImageToVideoInputResolution = Literal["1080p", "360p", "540p", "720p"]

VIDU_Q3_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[ViduQ3ImageToVideoInputResolution] = {
    "1080p",
    "360p",
    "540p",
    "720p",
}


def check_vidu_q3_image_to_video_input_resolution(value: str) -> ViduQ3ImageToVideoInputResolution:
    if value in VIDU_Q3_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_Q3_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )

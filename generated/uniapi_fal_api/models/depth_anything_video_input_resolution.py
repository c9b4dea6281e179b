from typing import Literal

DepthAnythingVideoInputResolution = Literal["1080p", "360p", "480p", "720p", "auto"]

DEPTH_ANYTHING_VIDEO_INPUT_RESOLUTION_VALUES: set[DepthAnythingVideoInputResolution] = {
    "1080p",
    "360p",
    "480p",
    "720p",
    "auto",
}


def check_depth_anything_video_input_resolution(value: str) -> DepthAnythingVideoInputResolution:
    if value in DEPTH_ANYTHING_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEPTH_ANYTHING_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )

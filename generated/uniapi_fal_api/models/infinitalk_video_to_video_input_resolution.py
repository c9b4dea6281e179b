from typing import Literal

InfinitalkVideoToVideoInputResolution = Literal["480p", "720p"]

INFINITALK_VIDEO_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[InfinitalkVideoToVideoInputResolution] = {
    "480p",
    "720p",
}


def check_infinitalk_video_to_video_input_resolution(
    value: str,
) -> InfinitalkVideoToVideoInputResolution:
    if value in INFINITALK_VIDEO_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INFINITALK_VIDEO_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )

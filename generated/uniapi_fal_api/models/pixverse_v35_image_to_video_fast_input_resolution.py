from typing import Literal

PixverseV35ImageToVideoFastInputResolution = Literal["360p", "540p", "720p"]

PIXVERSE_V35_IMAGE_TO_VIDEO_FAST_INPUT_RESOLUTION_VALUES: set[
    PixverseV35ImageToVideoFastInputResolution
] = {
    "360p",
    "540p",
    "720p",
}


def check_pixverse_v35_image_to_video_fast_input_resolution(
    value: str,
) -> PixverseV35ImageToVideoFastInputResolution:
    if value in PIXVERSE_V35_IMAGE_TO_VIDEO_FAST_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V35_IMAGE_TO_VIDEO_FAST_INPUT_RESOLUTION_VALUES!r}"
    )

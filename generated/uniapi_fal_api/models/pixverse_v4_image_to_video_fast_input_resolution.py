from typing import Literal

PixverseV4ImageToVideoFastInputResolution = Literal["360p", "540p", "720p"]

PIXVERSE_V4_IMAGE_TO_VIDEO_FAST_INPUT_RESOLUTION_VALUES: set[
    PixverseV4ImageToVideoFastInputResolution
] = {
    "360p",
    "540p",
    "720p",
}


def check_pixverse_v4_image_to_video_fast_input_resolution(
    value: str,
) -> PixverseV4ImageToVideoFastInputResolution:
    if value in PIXVERSE_V4_IMAGE_TO_VIDEO_FAST_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V4_IMAGE_TO_VIDEO_FAST_INPUT_RESOLUTION_VALUES!r}"
    )

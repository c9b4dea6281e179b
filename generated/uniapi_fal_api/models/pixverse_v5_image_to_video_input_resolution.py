from typing import Literal

PixverseV5ImageToVideoInputResolution = Literal["1080p", "360p", "540p", "720p"]

PIXVERSE_V5_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[PixverseV5ImageToVideoInputResolution] = {
    "1080p",
    "360p",
    "540p",
    "720p",
}


def check_pixverse_v5_image_to_video_input_resolution(
    value: str,
) -> PixverseV5ImageToVideoInputResolution:
    if value in PIXVERSE_V5_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V5_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )

from typing import Literal

PixverseV55ImageToVideoInputResolution = Literal["1080p", "360p", "540p", "720p"]

PIXVERSE_V55_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[PixverseV55ImageToVideoInputResolution] = {
    "1080p",
    "360p",
    "540p",
    "720p",
}


def check_pixverse_v55_image_to_video_input_resolution(
    value: str,
) -> PixverseV55ImageToVideoInputResolution:
    if value in PIXVERSE_V55_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V55_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )

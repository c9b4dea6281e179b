from typing import Literal

PixverseC1ImageToVideoInputResolution = Literal["1080p", "360p", "540p", "720p"]

PIXVERSE_C1_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[PixverseC1ImageToVideoInputResolution] = {
    "1080p",
    "360p",
    "540p",
    "720p",
}


def check_pixverse_c1_image_to_video_input_resolution(
    value: str,
) -> PixverseC1ImageToVideoInputResolution:
    if value in PIXVERSE_C1_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_C1_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )

from typing import Literal

BytedanceSeedance20ImageToVideoInputResolution = Literal["1080p", "480p", "4k", "720p"]

BYTEDANCE_SEEDANCE_20_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[
    BytedanceSeedance20ImageToVideoInputResolution
] = {
    "1080p",
    "480p",
    "4k",
    "720p",
}


def check_bytedance_seedance_20_image_to_video_input_resolution(
    value: str,
) -> BytedanceSeedance20ImageToVideoInputResolution:
    if value in BYTEDANCE_SEEDANCE_20_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDANCE_20_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )

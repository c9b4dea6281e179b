from typing import Literal

BytedanceSeedanceV1LiteImageToVideoInputResolution = Literal["1080p", "480p", "720p"]

BYTEDANCE_SEEDANCE_V1_LITE_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[
    BytedanceSeedanceV1LiteImageToVideoInputResolution
] = {
    "1080p",
    "480p",
    "720p",
}


def check_bytedance_seedance_v1_lite_image_to_video_input_resolution(
    value: str,
) -> BytedanceSeedanceV1LiteImageToVideoInputResolution:
    if value in BYTEDANCE_SEEDANCE_V1_LITE_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDANCE_V1_LITE_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )

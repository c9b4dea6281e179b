from typing import Literal

BytedanceSeedanceV15ProImageToVideoInputResolution = Literal["1080p", "480p", "720p"]

BYTEDANCE_SEEDANCE_V15_PRO_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[
    BytedanceSeedanceV15ProImageToVideoInputResolution
] = {
    "1080p",
    "480p",
    "720p",
}


def check_bytedance_seedance_v15_pro_image_to_video_input_resolution(
    value: str,
) -> BytedanceSeedanceV15ProImageToVideoInputResolution:
    if value in BYTEDANCE_SEEDANCE_V15_PRO_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDANCE_V15_PRO_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )

from typing import Literal

BytedanceSeedanceV1ProFastImageToVideoInputResolution = Literal["1080p", "480p", "720p"]

BYTEDANCE_SEEDANCE_V1_PRO_FAST_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[
    BytedanceSeedanceV1ProFastImageToVideoInputResolution
] = {
    "1080p",
    "480p",
    "720p",
}


def check_bytedance_seedance_v1_pro_fast_image_to_video_input_resolution(
    value: str,
) -> BytedanceSeedanceV1ProFastImageToVideoInputResolution:
    if value in BYTEDANCE_SEEDANCE_V1_PRO_FAST_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDANCE_V1_PRO_FAST_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )

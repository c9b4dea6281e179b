from typing import Literal

BytedanceSeedanceV1ProFastTextToVideoInputResolution = Literal["1080p", "480p", "720p"]

BYTEDANCE_SEEDANCE_V1_PRO_FAST_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[
    BytedanceSeedanceV1ProFastTextToVideoInputResolution
] = {
    "1080p",
    "480p",
    "720p",
}


def check_bytedance_seedance_v1_pro_fast_text_to_video_input_resolution(
    value: str,
) -> BytedanceSeedanceV1ProFastTextToVideoInputResolution:
    if value in BYTEDANCE_SEEDANCE_V1_PRO_FAST_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDANCE_V1_PRO_FAST_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )

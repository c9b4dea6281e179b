from typing import Literal

BytedanceSeedanceV1ProTextToVideoInputResolution = Literal["1080p", "480p", "720p"]

BYTEDANCE_SEEDANCE_V1_PRO_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[
    BytedanceSeedanceV1ProTextToVideoInputResolution
] = {
    "1080p",
    "480p",
    "720p",
}


def check_bytedance_seedance_v1_pro_text_to_video_input_resolution(
    value: str,
) -> BytedanceSeedanceV1ProTextToVideoInputResolution:
    if value in BYTEDANCE_SEEDANCE_V1_PRO_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDANCE_V1_PRO_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )

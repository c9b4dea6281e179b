from typing import Literal

BytedanceSeedanceV15ProTextToVideoInputResolution = Literal["1080p", "480p", "720p"]

BYTEDANCE_SEEDANCE_V15_PRO_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[
    BytedanceSeedanceV15ProTextToVideoInputResolution
] = {
    "1080p",
    "480p",
    "720p",
}


def check_bytedance_seedance_v15_pro_text_to_video_input_resolution(
    value: str,
) -> BytedanceSeedanceV15ProTextToVideoInputResolution:
    if value in BYTEDANCE_SEEDANCE_V15_PRO_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDANCE_V15_PRO_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )

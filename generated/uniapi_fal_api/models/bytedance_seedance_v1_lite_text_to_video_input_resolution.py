from typing import Literal

BytedanceSeedanceV1LiteTextToVideoInputResolution = Literal["1080p", "480p", "720p"]

BYTEDANCE_SEEDANCE_V1_LITE_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[
    BytedanceSeedanceV1LiteTextToVideoInputResolution
] = {
    "1080p",
    "480p",
    "720p",
}


def check_bytedance_seedance_v1_lite_text_to_video_input_resolution(
    value: str,
) -> BytedanceSeedanceV1LiteTextToVideoInputResolution:
    if value in BYTEDANCE_SEEDANCE_V1_LITE_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDANCE_V1_LITE_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )

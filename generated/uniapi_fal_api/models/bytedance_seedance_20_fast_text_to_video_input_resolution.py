from typing import Literal

BytedanceSeedance20FastTextToVideoInputResolution = Literal["480p", "720p"]

BYTEDANCE_SEEDANCE_20_FAST_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[
    BytedanceSeedance20FastTextToVideoInputResolution
] = {
    "480p",
    "720p",
}


def check_bytedance_seedance_20_fast_text_to_video_input_resolution(
    value: str,
) -> BytedanceSeedance20FastTextToVideoInputResolution:
    if value in BYTEDANCE_SEEDANCE_20_FAST_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDANCE_20_FAST_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )

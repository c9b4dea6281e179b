from typing import Literal

BytedanceSeedance20MiniTextToVideoInputResolution = Literal["480p", "720p"]

BYTEDANCE_SEEDANCE_20_MINI_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[
    BytedanceSeedance20MiniTextToVideoInputResolution
] = {
    "480p",
    "720p",
}


def check_bytedance_seedance_20_mini_text_to_video_input_resolution(
    value: str,
) -> BytedanceSeedance20MiniTextToVideoInputResolution:
    if value in BYTEDANCE_SEEDANCE_20_MINI_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDANCE_20_MINI_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )

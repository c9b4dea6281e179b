from typing import Literal

BytedanceSeedance20FastTextToVideoInputBitrateMode = Literal["high", "standard"]

BYTEDANCE_SEEDANCE_20_FAST_TEXT_TO_VIDEO_INPUT_BITRATE_MODE_VALUES: set[
    BytedanceSeedance20FastTextToVideoInputBitrateMode
] = {
    "high",
    "standard",
}


def check_bytedance_seedance_20_fast_text_to_video_input_bitrate_mode(
    value: str,
) -> BytedanceSeedance20FastTextToVideoInputBitrateMode:
    if value in BYTEDANCE_SEEDANCE_20_FAST_TEXT_TO_VIDEO_INPUT_BITRATE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDANCE_20_FAST_TEXT_TO_VIDEO_INPUT_BITRATE_MODE_VALUES!r}"
    )

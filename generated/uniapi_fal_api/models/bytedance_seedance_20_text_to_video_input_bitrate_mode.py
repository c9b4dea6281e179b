from typing import Literal

BytedanceSeedance20TextToVideoInputBitrateMode = Literal["high", "standard"]

BYTEDANCE_SEEDANCE_20_TEXT_TO_VIDEO_INPUT_BITRATE_MODE_VALUES: set[
    BytedanceSeedance20TextToVideoInputBitrateMode
] = {
    "high",
    "standard",
}


def check_bytedance_seedance_20_text_to_video_input_bitrate_mode(
    value: str,
) -> BytedanceSeedance20TextToVideoInputBitrateMode:
    if value in BYTEDANCE_SEEDANCE_20_TEXT_TO_VIDEO_INPUT_BITRATE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDANCE_20_TEXT_TO_VIDEO_INPUT_BITRATE_MODE_VALUES!r}"
    )

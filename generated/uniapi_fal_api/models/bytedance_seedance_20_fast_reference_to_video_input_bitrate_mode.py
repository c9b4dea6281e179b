from typing import Literal

BytedanceSeedance20FastReferenceToVideoInputBitrateMode = Literal["high", "standard"]

BYTEDANCE_SEEDANCE_20_FAST_REFERENCE_TO_VIDEO_INPUT_BITRATE_MODE_VALUES: set[
    BytedanceSeedance20FastReferenceToVideoInputBitrateMode
] = {
    "high",
    "standard",
}


def check_bytedance_seedance_20_fast_reference_to_video_input_bitrate_mode(
    value: str,
) -> BytedanceSeedance20FastReferenceToVideoInputBitrateMode:
    if value in BYTEDANCE_SEEDANCE_20_FAST_REFERENCE_TO_VIDEO_INPUT_BITRATE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDANCE_20_FAST_REFERENCE_TO_VIDEO_INPUT_BITRATE_MODE_VALUES!r}"
    )

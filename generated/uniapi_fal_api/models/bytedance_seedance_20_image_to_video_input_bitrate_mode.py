from typing import Literal

BytedanceSeedance20ImageToVideoInputBitrateMode = Literal["high", "standard"]

BYTEDANCE_SEEDANCE_20_IMAGE_TO_VIDEO_INPUT_BITRATE_MODE_VALUES: set[
    BytedanceSeedance20ImageToVideoInputBitrateMode
] = {
    "high",
    "standard",
}


def check_bytedance_seedance_20_image_to_video_input_bitrate_mode(
    value: str,
) -> BytedanceSeedance20ImageToVideoInputBitrateMode:
    if value in BYTEDANCE_SEEDANCE_20_IMAGE_TO_VIDEO_INPUT_BITRATE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDANCE_20_IMAGE_TO_VIDEO_INPUT_BITRATE_MODE_VALUES!r}"
    )

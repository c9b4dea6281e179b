from typing import Literal

BirefnetV2VideoInputVideoQuality = Literal["high", "low", "maximum", "medium"]

BIREFNET_V2_VIDEO_INPUT_VIDEO_QUALITY_VALUES: set[BirefnetV2VideoInputVideoQuality] = {
    "high",
    "low",
    "maximum",
    "medium",
}


def check_birefnet_v2_video_input_video_quality(value: str) -> BirefnetV2VideoInputVideoQuality:
    if value in BIREFNET_V2_VIDEO_INPUT_VIDEO_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BIREFNET_V2_VIDEO_INPUT_VIDEO_QUALITY_VALUES!r}"
    )

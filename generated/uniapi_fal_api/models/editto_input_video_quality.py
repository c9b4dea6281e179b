from typing import Literal

EdittoInputVideoQuality = Literal["high", "low", "maximum", "medium"]

EDITTO_INPUT_VIDEO_QUALITY_VALUES: set[EdittoInputVideoQuality] = {
    "high",
    "low",
    "maximum",
    "medium",
}


def check_editto_input_video_quality(value: str) -> EdittoInputVideoQuality:
    if value in EDITTO_INPUT_VIDEO_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EDITTO_INPUT_VIDEO_QUALITY_VALUES!r}"
    )

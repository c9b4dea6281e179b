from typing import Literal

Ltx23QualityDayToNightInputVideoQuality = Literal["high", "low", "maximum", "medium"]

LTX_23_QUALITY_DAY_TO_NIGHT_INPUT_VIDEO_QUALITY_VALUES: set[
    Ltx23QualityDayToNightInputVideoQuality
] = {
    "high",
    "low",
    "maximum",
    "medium",
}


def check_ltx_23_quality_day_to_night_input_video_quality(
    value: str,
) -> Ltx23QualityDayToNightInputVideoQuality:
    if value in LTX_23_QUALITY_DAY_TO_NIGHT_INPUT_VIDEO_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_QUALITY_DAY_TO_NIGHT_INPUT_VIDEO_QUALITY_VALUES!r}"
    )

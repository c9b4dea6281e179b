from typing import Literal

Ltx23QualityDayToNightInputVideoWriteMode = Literal["balanced", "fast", "small"]

LTX_23_QUALITY_DAY_TO_NIGHT_INPUT_VIDEO_WRITE_MODE_VALUES: set[
    Ltx23QualityDayToNightInputVideoWriteMode
] = {
    "balanced",
    "fast",
    "small",
}


def check_ltx_23_quality_day_to_night_input_video_write_mode(
    value: str,
) -> Ltx23QualityDayToNightInputVideoWriteMode:
    if value in LTX_23_QUALITY_DAY_TO_NIGHT_INPUT_VIDEO_WRITE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_QUALITY_DAY_TO_NIGHT_INPUT_VIDEO_WRITE_MODE_VALUES!r}"
    )

from typing import Literal

Ltx23QualityCleanPlateInputVideoQuality = Literal["high", "low", "maximum", "medium"]

LTX_23_QUALITY_CLEAN_PLATE_INPUT_VIDEO_QUALITY_VALUES: set[
    Ltx23QualityCleanPlateInputVideoQuality
] = {
    "high",
    "low",
    "maximum",
    "medium",
}


def check_ltx_23_quality_clean_plate_input_video_quality(
    value: str,
) -> Ltx23QualityCleanPlateInputVideoQuality:
    if value in LTX_23_QUALITY_CLEAN_PLATE_INPUT_VIDEO_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_QUALITY_CLEAN_PLATE_INPUT_VIDEO_QUALITY_VALUES!r}"
    )

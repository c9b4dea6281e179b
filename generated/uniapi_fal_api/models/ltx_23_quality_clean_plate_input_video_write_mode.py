from typing import Literal

Ltx23QualityCleanPlateInputVideoWriteMode = Literal["balanced", "fast", "small"]

LTX_23_QUALITY_CLEAN_PLATE_INPUT_VIDEO_WRITE_MODE_VALUES: set[
    Ltx23QualityCleanPlateInputVideoWriteMode
] = {
    "balanced",
    "fast",
    "small",
}


def check_ltx_23_quality_clean_plate_input_video_write_mode(
    value: str,
) -> Ltx23QualityCleanPlateInputVideoWriteMode:
    if value in LTX_23_QUALITY_CLEAN_PLATE_INPUT_VIDEO_WRITE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_QUALITY_CLEAN_PLATE_INPUT_VIDEO_WRITE_MODE_VALUES!r}"
    )

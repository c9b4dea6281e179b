from typing import Literal

Ltx23QualityInstantShaveInputVideoWriteMode = Literal["balanced", "fast", "small"]

LTX_23_QUALITY_INSTANT_SHAVE_INPUT_VIDEO_WRITE_MODE_VALUES: set[
    Ltx23QualityInstantShaveInputVideoWriteMode
] = {
    "balanced",
    "fast",
    "small",
}


def check_ltx_23_quality_instant_shave_input_video_write_mode(
    value: str,
) -> Ltx23QualityInstantShaveInputVideoWriteMode:
    if value in LTX_23_QUALITY_INSTANT_SHAVE_INPUT_VIDEO_WRITE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_QUALITY_INSTANT_SHAVE_INPUT_VIDEO_WRITE_MODE_VALUES!r}"
    )

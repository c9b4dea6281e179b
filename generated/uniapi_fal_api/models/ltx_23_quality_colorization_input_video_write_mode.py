from typing import Literal

Ltx23QualityColorizationInputVideoWriteMode = Literal["balanced", "fast", "small"]

LTX_23_QUALITY_COLORIZATION_INPUT_VIDEO_WRITE_MODE_VALUES: set[
    Ltx23QualityColorizationInputVideoWriteMode
] = {
    "balanced",
    "fast",
    "small",
}


def check_ltx_23_quality_colorization_input_video_write_mode(
    value: str,
) -> Ltx23QualityColorizationInputVideoWriteMode:
    if value in LTX_23_QUALITY_COLORIZATION_INPUT_VIDEO_WRITE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_QUALITY_COLORIZATION_INPUT_VIDEO_WRITE_MODE_VALUES!r}"
    )

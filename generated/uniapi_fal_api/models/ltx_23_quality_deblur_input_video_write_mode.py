from typing import Literal

Ltx23QualityDeblurInputVideoWriteMode = Literal["balanced", "fast", "small"]

LTX_23_QUALITY_DEBLUR_INPUT_VIDEO_WRITE_MODE_VALUES: set[Ltx23QualityDeblurInputVideoWriteMode] = {
    "balanced",
    "fast",
    "small",
}


def check_ltx_23_quality_deblur_input_video_write_mode(
    value: str,
) -> Ltx23QualityDeblurInputVideoWriteMode:
    if value in LTX_23_QUALITY_DEBLUR_INPUT_VIDEO_WRITE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_QUALITY_DEBLUR_INPUT_VIDEO_WRITE_MODE_VALUES!r}"
    )

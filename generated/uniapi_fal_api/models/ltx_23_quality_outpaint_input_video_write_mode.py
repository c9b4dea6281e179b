from typing import Literal

Ltx23QualityOutpaintInputVideoWriteMode = Literal["balanced", "fast", "small"]

LTX_23_QUALITY_OUTPAINT_INPUT_VIDEO_WRITE_MODE_VALUES: set[
    Ltx23QualityOutpaintInputVideoWriteMode
] = {
    "balanced",
    "fast",
    "small",
}


def check_ltx_23_quality_outpaint_input_video_write_mode(
    value: str,
) -> Ltx23QualityOutpaintInputVideoWriteMode:
    if value in LTX_23_QUALITY_OUTPAINT_INPUT_VIDEO_WRITE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_QUALITY_OUTPAINT_INPUT_VIDEO_WRITE_MODE_VALUES!r}"
    )

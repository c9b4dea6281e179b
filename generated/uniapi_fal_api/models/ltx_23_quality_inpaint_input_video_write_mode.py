from typing import Literal

Ltx23QualityInpaintInputVideoWriteMode = Literal["balanced", "fast", "small"]

LTX_23_QUALITY_INPAINT_INPUT_VIDEO_WRITE_MODE_VALUES: set[
    Ltx23QualityInpaintInputVideoWriteMode
] = {
    "balanced",
    "fast",
    "small",
}


def check_ltx_23_quality_inpaint_input_video_write_mode(
    value: str,
) -> Ltx23QualityInpaintInputVideoWriteMode:
    if value in LTX_23_QUALITY_INPAINT_INPUT_VIDEO_WRITE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_QUALITY_INPAINT_INPUT_VIDEO_WRITE_MODE_VALUES!r}"
    )

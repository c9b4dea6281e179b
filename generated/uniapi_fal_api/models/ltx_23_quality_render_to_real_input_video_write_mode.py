from typing import Literal

Ltx23QualityRenderToRealInputVideoWriteMode = Literal["balanced", "fast", "small"]

LTX_23_QUALITY_RENDER_TO_REAL_INPUT_VIDEO_WRITE_MODE_VALUES: set[
    Ltx23QualityRenderToRealInputVideoWriteMode
] = {
    "balanced",
    "fast",
    "small",
}


def check_ltx_23_quality_render_to_real_input_video_write_mode(
    value: str,
) -> Ltx23QualityRenderToRealInputVideoWriteMode:
    if value in LTX_23_QUALITY_RENDER_TO_REAL_INPUT_VIDEO_WRITE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_QUALITY_RENDER_TO_REAL_INPUT_VIDEO_WRITE_MODE_VALUES!r}"
    )

from typing import Literal

Ltx23QualityRenderToRealInputVideoQuality = Literal["high", "low", "maximum", "medium"]

LTX_23_QUALITY_RENDER_TO_REAL_INPUT_VIDEO_QUALITY_VALUES: set[
    Ltx23QualityRenderToRealInputVideoQuality
] = {
    "high",
    "low",
    "maximum",
    "medium",
}


def check_ltx_23_quality_render_to_real_input_video_quality(
    value: str,
) -> Ltx23QualityRenderToRealInputVideoQuality:
    if value in LTX_23_QUALITY_RENDER_TO_REAL_INPUT_VIDEO_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_QUALITY_RENDER_TO_REAL_INPUT_VIDEO_QUALITY_VALUES!r}"
    )

from typing import Literal

Ltx23QualityOutpaintInputVideoQuality = Literal["high", "low", "maximum", "medium"]

LTX_23_QUALITY_OUTPAINT_INPUT_VIDEO_QUALITY_VALUES: set[Ltx23QualityOutpaintInputVideoQuality] = {
    "high",
    "low",
    "maximum",
    "medium",
}


def check_ltx_23_quality_outpaint_input_video_quality(
    value: str,
) -> Ltx23QualityOutpaintInputVideoQuality:
    if value in LTX_23_QUALITY_OUTPAINT_INPUT_VIDEO_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_QUALITY_OUTPAINT_INPUT_VIDEO_QUALITY_VALUES!r}"
    )

from typing import Literal

Ltx23QualityDeblurInputVideoQuality = Literal["high", "low", "maximum", "medium"]

LTX_23_QUALITY_DEBLUR_INPUT_VIDEO_QUALITY_VALUES: set[Ltx23QualityDeblurInputVideoQuality] = {
    "high",
    "low",
    "maximum",
    "medium",
}


def check_ltx_23_quality_deblur_input_video_quality(
    value: str,
) -> Ltx23QualityDeblurInputVideoQuality:
    if value in LTX_23_QUALITY_DEBLUR_INPUT_VIDEO_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_QUALITY_DEBLUR_INPUT_VIDEO_QUALITY_VALUES!r}"
    )

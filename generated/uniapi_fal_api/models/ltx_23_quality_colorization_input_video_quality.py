from typing import Literal

Ltx23QualityColorizationInputVideoQuality = Literal["high", "low", "maximum", "medium"]

LTX_23_QUALITY_COLORIZATION_INPUT_VIDEO_QUALITY_VALUES: set[
    Ltx23QualityColorizationInputVideoQuality
] = {
    "high",
    "low",
    "maximum",
    "medium",
}


def check_ltx_23_quality_colorization_input_video_quality(
    value: str,
) -> Ltx23QualityColorizationInputVideoQuality:
    if value in LTX_23_QUALITY_COLORIZATION_INPUT_VIDEO_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_QUALITY_COLORIZATION_INPUT_VIDEO_QUALITY_VALUES!r}"
    )

from typing import Literal

Ltx23QualityInstantShaveInputVideoQuality = Literal["high", "low", "maximum", "medium"]

LTX_23_QUALITY_INSTANT_SHAVE_INPUT_VIDEO_QUALITY_VALUES: set[
    Ltx23QualityInstantShaveInputVideoQuality
] = {
    "high",
    "low",
    "maximum",
    "medium",
}


def check_ltx_23_quality_instant_shave_input_video_quality(
    value: str,
) -> Ltx23QualityInstantShaveInputVideoQuality:
    if value in LTX_23_QUALITY_INSTANT_SHAVE_INPUT_VIDEO_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_QUALITY_INSTANT_SHAVE_INPUT_VIDEO_QUALITY_VALUES!r}"
    )

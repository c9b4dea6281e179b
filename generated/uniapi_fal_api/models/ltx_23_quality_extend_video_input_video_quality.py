from typing import Literal

Ltx23QualityExtendVideoInputVideoQuality = Literal["high", "low", "maximum", "medium"]

LTX_23_QUALITY_EXTEND_VIDEO_INPUT_VIDEO_QUALITY_VALUES: set[
    Ltx23QualityExtendVideoInputVideoQuality
] = {
    "high",
    "low",
    "maximum",
    "medium",
}


def check_ltx_23_quality_extend_video_input_video_quality(
    value: str,
) -> Ltx23QualityExtendVideoInputVideoQuality:
    if value in LTX_23_QUALITY_EXTEND_VIDEO_INPUT_VIDEO_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_QUALITY_EXTEND_VIDEO_INPUT_VIDEO_QUALITY_VALUES!r}"
    )

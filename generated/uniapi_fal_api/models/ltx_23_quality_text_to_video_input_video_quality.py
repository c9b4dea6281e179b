from typing import Literal

Ltx23QualityTextToVideoInputVideoQuality = Literal["high", "low", "maximum", "medium"]

LTX_23_QUALITY_TEXT_TO_VIDEO_INPUT_VIDEO_QUALITY_VALUES: set[
    Ltx23QualityTextToVideoInputVideoQuality
] = {
    "high",
    "low",
    "maximum",
    "medium",
}


def check_ltx_23_quality_text_to_video_input_video_quality(
    value: str,
) -> Ltx23QualityTextToVideoInputVideoQuality:
    if value in LTX_23_QUALITY_TEXT_TO_VIDEO_INPUT_VIDEO_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_QUALITY_TEXT_TO_VIDEO_INPUT_VIDEO_QUALITY_VALUES!r}"
    )

from typing import Literal

Ltx23QualityReferenceVideoToVideoInputVideoQuality = Literal["high", "low", "maximum", "medium"]

LTX_23_QUALITY_REFERENCE_VIDEO_TO_VIDEO_INPUT_VIDEO_QUALITY_VALUES: set[
    Ltx23QualityReferenceVideoToVideoInputVideoQuality
] = {
    "high",
    "low",
    "maximum",
    "medium",
}


def check_ltx_23_quality_reference_video_to_video_input_video_quality(
    value: str,
) -> Ltx23QualityReferenceVideoToVideoInputVideoQuality:
    if value in LTX_23_QUALITY_REFERENCE_VIDEO_TO_VIDEO_INPUT_VIDEO_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_QUALITY_REFERENCE_VIDEO_TO_VIDEO_INPUT_VIDEO_QUALITY_VALUES!r}"
    )

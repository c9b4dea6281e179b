from typing import Literal

Ltx23QualityCrossEyedInputVideoQuality = Literal["high", "low", "maximum", "medium"]

LTX_23_QUALITY_CROSS_EYED_INPUT_VIDEO_QUALITY_VALUES: set[
    Ltx23QualityCrossEyedInputVideoQuality
] = {
    "high",
    "low",
    "maximum",
    "medium",
}


def check_ltx_23_quality_cross_eyed_input_video_quality(
    value: str,
) -> Ltx23QualityCrossEyedInputVideoQuality:
    if value in LTX_23_QUALITY_CROSS_EYED_INPUT_VIDEO_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_QUALITY_CROSS_EYED_INPUT_VIDEO_QUALITY_VALUES!r}"
    )

from typing import Literal

Ltx23QualityImageToVideoInputVideoQuality = Literal["high", "low", "maximum", "medium"]

LTX_23_QUALITY_IMAGE_TO_VIDEO_INPUT_VIDEO_QUALITY_VALUES: set[
    Ltx23QualityImageToVideoInputVideoQuality
] = {
    "high",
    "low",
    "maximum",
    "medium",
}


def check_ltx_23_quality_image_to_video_input_video_quality(
    value: str,
) -> Ltx23QualityImageToVideoInputVideoQuality:
    if value in LTX_23_QUALITY_IMAGE_TO_VIDEO_INPUT_VIDEO_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_QUALITY_IMAGE_TO_VIDEO_INPUT_VIDEO_QUALITY_VALUES!r}"
    )

from typing import Literal

LongcatVideoImageToVideo720PInputVideoQuality = Literal["high", "low", "maximum", "medium"]

LONGCAT_VIDEO_IMAGE_TO_VIDEO_720P_INPUT_VIDEO_QUALITY_VALUES: set[
    LongcatVideoImageToVideo720PInputVideoQuality
] = {
    "high",
    "low",
    "maximum",
    "medium",
}


def check_longcat_video_image_to_video_720p_input_video_quality(
    value: str,
) -> LongcatVideoImageToVideo720PInputVideoQuality:
    if value in LONGCAT_VIDEO_IMAGE_TO_VIDEO_720P_INPUT_VIDEO_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LONGCAT_VIDEO_IMAGE_TO_VIDEO_720P_INPUT_VIDEO_QUALITY_VALUES!r}"
    )

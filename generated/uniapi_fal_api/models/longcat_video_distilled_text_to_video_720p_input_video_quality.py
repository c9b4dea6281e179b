from typing import Literal

LongcatVideoDistilledTextToVideo720PInputVideoQuality = Literal["high", "low", "maximum", "medium"]

LONGCAT_VIDEO_DISTILLED_TEXT_TO_VIDEO_720P_INPUT_VIDEO_QUALITY_VALUES: set[
    LongcatVideoDistilledTextToVideo720PInputVideoQuality
] = {
    "high",
    "low",
    "maximum",
    "medium",
}


def check_longcat_video_distilled_text_to_video_720p_input_video_quality(
    value: str,
) -> LongcatVideoDistilledTextToVideo720PInputVideoQuality:
    if value in LONGCAT_VIDEO_DISTILLED_TEXT_TO_VIDEO_720P_INPUT_VIDEO_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LONGCAT_VIDEO_DISTILLED_TEXT_TO_VIDEO_720P_INPUT_VIDEO_QUALITY_VALUES!r}"
    )

from typing import Literal

LongcatVideoDistilledTextToVideo720PInputVideoWriteMode = Literal["balanced", "fast", "small"]

LONGCAT_VIDEO_DISTILLED_TEXT_TO_VIDEO_720P_INPUT_VIDEO_WRITE_MODE_VALUES: set[
    LongcatVideoDistilledTextToVideo720PInputVideoWriteMode
] = {
    "balanced",
    "fast",
    "small",
}


def check_longcat_video_distilled_text_to_video_720p_input_video_write_mode(
    value: str,
) -> LongcatVideoDistilledTextToVideo720PInputVideoWriteMode:
    if value in LONGCAT_VIDEO_DISTILLED_TEXT_TO_VIDEO_720P_INPUT_VIDEO_WRITE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LONGCAT_VIDEO_DISTILLED_TEXT_TO_VIDEO_720P_INPUT_VIDEO_WRITE_MODE_VALUES!r}"
    )

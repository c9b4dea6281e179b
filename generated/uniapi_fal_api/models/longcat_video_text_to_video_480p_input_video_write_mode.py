from typing import Literal

LongcatVideoTextToVideo480PInputVideoWriteMode = Literal["balanced", "fast", "small"]

LONGCAT_VIDEO_TEXT_TO_VIDEO_480P_INPUT_VIDEO_WRITE_MODE_VALUES: set[
    LongcatVideoTextToVideo480PInputVideoWriteMode
] = {
    "balanced",
    "fast",
    "small",
}


def check_longcat_video_text_to_video_480p_input_video_write_mode(
    value: str,
) -> LongcatVideoTextToVideo480PInputVideoWriteMode:
    if value in LONGCAT_VIDEO_TEXT_TO_VIDEO_480P_INPUT_VIDEO_WRITE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LONGCAT_VIDEO_TEXT_TO_VIDEO_480P_INPUT_VIDEO_WRITE_MODE_VALUES!r}"
    )

from typing import Literal

LongcatVideoTextToVideo720PInputAcceleration = Literal["none", "regular"]

LONGCAT_VIDEO_TEXT_TO_VIDEO_720P_INPUT_ACCELERATION_VALUES: set[
    LongcatVideoTextToVideo720PInputAcceleration
] = {
    "none",
    "regular",
}


def check_longcat_video_text_to_video_720p_input_acceleration(
    value: str,
) -> LongcatVideoTextToVideo720PInputAcceleration:
    if value in LONGCAT_VIDEO_TEXT_TO_VIDEO_720P_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LONGCAT_VIDEO_TEXT_TO_VIDEO_720P_INPUT_ACCELERATION_VALUES!r}"
    )

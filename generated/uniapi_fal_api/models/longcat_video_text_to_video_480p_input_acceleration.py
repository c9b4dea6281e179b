from typing import Literal

LongcatVideoTextToVideo480PInputAcceleration = Literal["none", "regular"]

LONGCAT_VIDEO_TEXT_TO_VIDEO_480P_INPUT_ACCELERATION_VALUES: set[
    LongcatVideoTextToVideo480PInputAcceleration
] = {
    "none",
    "regular",
}


def check_longcat_video_text_to_video_480p_input_acceleration(
    value: str,
) -> LongcatVideoTextToVideo480PInputAcceleration:
    if value in LONGCAT_VIDEO_TEXT_TO_VIDEO_480P_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LONGCAT_VIDEO_TEXT_TO_VIDEO_480P_INPUT_ACCELERATION_VALUES!r}"
    )

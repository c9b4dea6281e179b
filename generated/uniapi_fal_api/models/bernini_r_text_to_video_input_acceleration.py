from typing import Literal

BerniniRTextToVideoInputAcceleration = Literal["none", "regular"]

BERNINI_R_TEXT_TO_VIDEO_INPUT_ACCELERATION_VALUES: set[BerniniRTextToVideoInputAcceleration] = {
    "none",
    "regular",
}


def check_bernini_r_text_to_video_input_acceleration(
    value: str,
) -> BerniniRTextToVideoInputAcceleration:
    if value in BERNINI_R_TEXT_TO_VIDEO_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BERNINI_R_TEXT_TO_VIDEO_INPUT_ACCELERATION_VALUES!r}"
    )

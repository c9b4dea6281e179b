from typing import Literal

BerniniREditVideoInputAcceleration = Literal["none", "regular"]

BERNINI_R_EDIT_VIDEO_INPUT_ACCELERATION_VALUES: set[BerniniREditVideoInputAcceleration] = {
    "none",
    "regular",
}


def check_bernini_r_edit_video_input_acceleration(value: str) -> BerniniREditVideoInputAcceleration:
    if value in BERNINI_R_EDIT_VIDEO_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BERNINI_R_EDIT_VIDEO_INPUT_ACCELERATION_VALUES!r}"
    )

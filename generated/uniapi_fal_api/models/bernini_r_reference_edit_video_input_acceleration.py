from typing import Literal

BerniniRReferenceEditVideoInputAcceleration = Literal["none", "regular"]

BERNINI_R_REFERENCE_EDIT_VIDEO_INPUT_ACCELERATION_VALUES: set[
    BerniniRReferenceEditVideoInputAcceleration
] = {
    "none",
    "regular",
}


def check_bernini_r_reference_edit_video_input_acceleration(
    value: str,
) -> BerniniRReferenceEditVideoInputAcceleration:
    if value in BERNINI_R_REFERENCE_EDIT_VIDEO_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BERNINI_R_REFERENCE_EDIT_VIDEO_INPUT_ACCELERATION_VALUES!r}"
    )

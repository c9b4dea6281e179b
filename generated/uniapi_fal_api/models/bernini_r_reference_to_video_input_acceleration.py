from typing import Literal

BerniniRReferenceToVideoInputAcceleration = Literal["none", "regular"]

BERNINI_R_REFERENCE_TO_VIDEO_INPUT_ACCELERATION_VALUES: set[
    BerniniRReferenceToVideoInputAcceleration
] = {
    "none",
    "regular",
}


def check_bernini_r_reference_to_video_input_acceleration(
    value: str,
) -> BerniniRReferenceToVideoInputAcceleration:
    if value in BERNINI_R_REFERENCE_TO_VIDEO_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BERNINI_R_REFERENCE_TO_VIDEO_INPUT_ACCELERATION_VALUES!r}"
    )

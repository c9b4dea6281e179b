from typing import Literal

LongcatVideoImageToVideo480PInputAcceleration = Literal["none", "regular"]

LONGCAT_VIDEO_IMAGE_TO_VIDEO_480P_INPUT_ACCELERATION_VALUES: set[
    LongcatVideoImageToVideo480PInputAcceleration
] = {
    "none",
    "regular",
}


def check_longcat_video_image_to_video_480p_input_acceleration(
    value: str,
) -> LongcatVideoImageToVideo480PInputAcceleration:
    if value in LONGCAT_VIDEO_IMAGE_TO_VIDEO_480P_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LONGCAT_VIDEO_IMAGE_TO_VIDEO_480P_INPUT_ACCELERATION_VALUES!r}"
    )

from typing import Literal

InfinitalkVideoToVideoInputAcceleration = Literal["high", "none", "regular"]

INFINITALK_VIDEO_TO_VIDEO_INPUT_ACCELERATION_VALUES: set[
    InfinitalkVideoToVideoInputAcceleration
] = {
    "high",
    "none",
    "regular",
}


def check_infinitalk_video_to_video_input_acceleration(
    value: str,
) -> InfinitalkVideoToVideoInputAcceleration:
    if value in INFINITALK_VIDEO_TO_VIDEO_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INFINITALK_VIDEO_TO_VIDEO_INPUT_ACCELERATION_VALUES!r}"
    )

from typing import Literal

WanV22A14BVideoToVideoInputAcceleration = Literal["none", "regular"]

WAN_V22A14B_VIDEO_TO_VIDEO_INPUT_ACCELERATION_VALUES: set[
    WanV22A14BVideoToVideoInputAcceleration
] = {
    "none",
    "regular",
}


def check_wan_v22a14b_video_to_video_input_acceleration(
    value: str,
) -> WanV22A14BVideoToVideoInputAcceleration:
    if value in WAN_V22A14B_VIDEO_TO_VIDEO_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V22A14B_VIDEO_TO_VIDEO_INPUT_ACCELERATION_VALUES!r}"
    )

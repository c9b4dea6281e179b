from typing import Literal

WanV22A14BTextToVideoTurboInputAcceleration = Literal["none", "regular"]

WAN_V22A14B_TEXT_TO_VIDEO_TURBO_INPUT_ACCELERATION_VALUES: set[
    WanV22A14BTextToVideoTurboInputAcceleration
] = {
    "none",
    "regular",
}


def check_wan_v22a14b_text_to_video_turbo_input_acceleration(
    value: str,
) -> WanV22A14BTextToVideoTurboInputAcceleration:
    if value in WAN_V22A14B_TEXT_TO_VIDEO_TURBO_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V22A14B_TEXT_TO_VIDEO_TURBO_INPUT_ACCELERATION_VALUES!r}"
    )

from typing import Literal

WanV22A14BTextToVideoTurboInputResolution = Literal["480p", "580p", "720p"]

WAN_V22A14B_TEXT_TO_VIDEO_TURBO_INPUT_RESOLUTION_VALUES: set[
    WanV22A14BTextToVideoTurboInputResolution
] = {
    "480p",
    "580p",
    "720p",
}


def check_wan_v22a14b_text_to_video_turbo_input_resolution(
    value: str,
) -> WanV22A14BTextToVideoTurboInputResolution:
    if value in WAN_V22A14B_TEXT_TO_VIDEO_TURBO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V22A14B_TEXT_TO_VIDEO_TURBO_INPUT_RESOLUTION_VALUES!r}"
    )

from typing import Literal

WanV22A14BVideoToVideoInputResolution = Literal["480p", "580p", "720p"]

WAN_V22A14B_VIDEO_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[WanV22A14BVideoToVideoInputResolution] = {
    "480p",
    "580p",
    "720p",
}


def check_wan_v22a14b_video_to_video_input_resolution(
    value: str,
) -> WanV22A14BVideoToVideoInputResolution:
    if value in WAN_V22A14B_VIDEO_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V22A14B_VIDEO_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )

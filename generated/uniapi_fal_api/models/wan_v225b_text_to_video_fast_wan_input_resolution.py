from typing import Literal

WanV225BTextToVideoFastWanInputResolution = Literal["480p", "580p", "720p"]

WAN_V225B_TEXT_TO_VIDEO_FAST_WAN_INPUT_RESOLUTION_VALUES: set[
    WanV225BTextToVideoFastWanInputResolution
] = {
    "480p",
    "580p",
    "720p",
}


def check_wan_v225b_text_to_video_fast_wan_input_resolution(
    value: str,
) -> WanV225BTextToVideoFastWanInputResolution:
    if value in WAN_V225B_TEXT_TO_VIDEO_FAST_WAN_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V225B_TEXT_TO_VIDEO_FAST_WAN_INPUT_RESOLUTION_VALUES!r}"
    )

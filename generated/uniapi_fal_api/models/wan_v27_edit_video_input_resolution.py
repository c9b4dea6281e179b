from typing import Literal

WanV27EditVideoInputResolution = Literal["1080p", "720p"]

WAN_V27_EDIT_VIDEO_INPUT_RESOLUTION_VALUES: set[WanV27EditVideoInputResolution] = {
    "1080p",
    "720p",
}


def check_wan_v27_edit_video_input_resolution(value: str) -> WanV27EditVideoInputResolution:
    if value in WAN_V27_EDIT_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V27_EDIT_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )

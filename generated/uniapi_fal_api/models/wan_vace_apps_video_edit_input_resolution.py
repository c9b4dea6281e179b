from typing import Literal

WanVaceAppsVideoEditInputResolution = Literal["240p", "360p", "480p", "580p", "720p", "auto"]

WAN_VACE_APPS_VIDEO_EDIT_INPUT_RESOLUTION_VALUES: set[WanVaceAppsVideoEditInputResolution] = {
    "240p",
    "360p",
    "480p",
    "580p",
    "720p",
    "auto",
}


def check_wan_vace_apps_video_edit_input_resolution(
    value: str,
) -> WanVaceAppsVideoEditInputResolution:
    if value in WAN_VACE_APPS_VIDEO_EDIT_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_VACE_APPS_VIDEO_EDIT_INPUT_RESOLUTION_VALUES!r}"
    )

from typing import Literal

WanVaceAppsVideoEditInputAspectRatio = Literal["16:9", "1:1", "9:16", "auto"]

WAN_VACE_APPS_VIDEO_EDIT_INPUT_ASPECT_RATIO_VALUES: set[WanVaceAppsVideoEditInputAspectRatio] = {
    "16:9",
    "1:1",
    "9:16",
    "auto",
}


def check_wan_vace_apps_video_edit_input_aspect_ratio(
    value: str,
) -> WanVaceAppsVideoEditInputAspectRatio:
    if value in WAN_VACE_APPS_VIDEO_EDIT_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_VACE_APPS_VIDEO_EDIT_INPUT_ASPECT_RATIO_VALUES!r}"
    )

from typing import Literal

WanVaceAppsVideoEditInputVideoType = Literal["auto", "general", "human"]

WAN_VACE_APPS_VIDEO_EDIT_INPUT_VIDEO_TYPE_VALUES: set[WanVaceAppsVideoEditInputVideoType] = {
    "auto",
    "general",
    "human",
}


def check_wan_vace_apps_video_edit_input_video_type(
    value: str,
) -> WanVaceAppsVideoEditInputVideoType:
    if value in WAN_VACE_APPS_VIDEO_EDIT_INPUT_VIDEO_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_VACE_APPS_VIDEO_EDIT_INPUT_VIDEO_TYPE_VALUES!r}"
    )

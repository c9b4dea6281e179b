from typing import Literal

WanVaceAppsVideoEditInputAcceleration = Literal["low", "none", "regular"]

WAN_VACE_APPS_VIDEO_EDIT_INPUT_ACCELERATION_VALUES: set[WanVaceAppsVideoEditInputAcceleration] = {
    "low",
    "none",
    "regular",
}


def check_wan_vace_apps_video_edit_input_acceleration(
    value: str,
) -> WanVaceAppsVideoEditInputAcceleration:
    if value in WAN_VACE_APPS_VIDEO_EDIT_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_VACE_APPS_VIDEO_EDIT_INPUT_ACCELERATION_VALUES!r}"
    )

from typing import Literal

WanVaceAppsLongReframeInputResolution = Literal["240p", "360p", "480p", "580p", "720p", "auto"]

WAN_VACE_APPS_LONG_REFRAME_INPUT_RESOLUTION_VALUES: set[WanVaceAppsLongReframeInputResolution] = {
    "240p",
    "360p",
    "480p",
    "580p",
    "720p",
    "auto",
}


def check_wan_vace_apps_long_reframe_input_resolution(
    value: str,
) -> WanVaceAppsLongReframeInputResolution:
    if value in WAN_VACE_APPS_LONG_REFRAME_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_VACE_APPS_LONG_REFRAME_INPUT_RESOLUTION_VALUES!r}"
    )

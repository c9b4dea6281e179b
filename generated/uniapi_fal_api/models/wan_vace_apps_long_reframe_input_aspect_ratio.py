from typing import Literal

WanVaceAppsLongReframeInputAspectRatio = Literal["16:9", "1:1", "9:16", "auto"]

WAN_VACE_APPS_LONG_REFRAME_INPUT_ASPECT_RATIO_VALUES: set[
    WanVaceAppsLongReframeInputAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
    "auto",
}


def check_wan_vace_apps_long_reframe_input_aspect_ratio(
    value: str,
) -> WanVaceAppsLongReframeInputAspectRatio:
    if value in WAN_VACE_APPS_LONG_REFRAME_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_VACE_APPS_LONG_REFRAME_INPUT_ASPECT_RATIO_VALUES!r}"
    )

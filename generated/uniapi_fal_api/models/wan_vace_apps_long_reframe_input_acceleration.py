from typing import Literal

WanVaceAppsLongReframeInputAcceleration = Literal["low", "none", "regular"]

WAN_VACE_APPS_LONG_REFRAME_INPUT_ACCELERATION_VALUES: set[
    WanVaceAppsLongReframeInputAcceleration
] = {
    "low",
    "none",
    "regular",
}


def check_wan_vace_apps_long_reframe_input_acceleration(
    value: str,
) -> WanVaceAppsLongReframeInputAcceleration:
    if value in WAN_VACE_APPS_LONG_REFRAME_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_VACE_APPS_LONG_REFRAME_INPUT_ACCELERATION_VALUES!r}"
    )

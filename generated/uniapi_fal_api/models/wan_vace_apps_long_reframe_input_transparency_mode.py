from typing import Literal

WanVaceAppsLongReframeInputTransparencyMode = Literal["black", "content_aware", "white"]

WAN_VACE_APPS_LONG_REFRAME_INPUT_TRANSPARENCY_MODE_VALUES: set[
    WanVaceAppsLongReframeInputTransparencyMode
] = {
    "black",
    "content_aware",
    "white",
}


def check_wan_vace_apps_long_reframe_input_transparency_mode(
    value: str,
) -> WanVaceAppsLongReframeInputTransparencyMode:
    if value in WAN_VACE_APPS_LONG_REFRAME_INPUT_TRANSPARENCY_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_VACE_APPS_LONG_REFRAME_INPUT_TRANSPARENCY_MODE_VALUES!r}"
    )

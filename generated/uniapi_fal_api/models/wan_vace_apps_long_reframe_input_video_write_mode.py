from typing import Literal

WanVaceAppsLongReframeInputVideoWriteMode = Literal["balanced", "fast", "small"]

WAN_VACE_APPS_LONG_REFRAME_INPUT_VIDEO_WRITE_MODE_VALUES: set[
    WanVaceAppsLongReframeInputVideoWriteMode
] = {
    "balanced",
    "fast",
    "small",
}


def check_wan_vace_apps_long_reframe_input_video_write_mode(
    value: str,
) -> WanVaceAppsLongReframeInputVideoWriteMode:
    if value in WAN_VACE_APPS_LONG_REFRAME_INPUT_VIDEO_WRITE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_VACE_APPS_LONG_REFRAME_INPUT_VIDEO_WRITE_MODE_VALUES!r}"
    )

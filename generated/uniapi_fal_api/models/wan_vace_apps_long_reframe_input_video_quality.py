from typing import Literal

WanVaceAppsLongReframeInputVideoQuality = Literal["high", "low", "maximum", "medium"]

WAN_VACE_APPS_LONG_REFRAME_INPUT_VIDEO_QUALITY_VALUES: set[
    WanVaceAppsLongReframeInputVideoQuality
] = {
    "high",
    "low",
    "maximum",
    "medium",
}


def check_wan_vace_apps_long_reframe_input_video_quality(
    value: str,
) -> WanVaceAppsLongReframeInputVideoQuality:
    if value in WAN_VACE_APPS_LONG_REFRAME_INPUT_VIDEO_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_VACE_APPS_LONG_REFRAME_INPUT_VIDEO_QUALITY_VALUES!r}"
    )

from typing import Literal

WanVaceAppsLongReframeInputSampler = Literal["dpm++", "euler", "unipc"]

WAN_VACE_APPS_LONG_REFRAME_INPUT_SAMPLER_VALUES: set[WanVaceAppsLongReframeInputSampler] = {
    "dpm++",
    "euler",
    "unipc",
}


def check_wan_vace_apps_long_reframe_input_sampler(
    value: str,
) -> WanVaceAppsLongReframeInputSampler:
    if value in WAN_VACE_APPS_LONG_REFRAME_INPUT_SAMPLER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_VACE_APPS_LONG_REFRAME_INPUT_SAMPLER_VALUES!r}"
    )

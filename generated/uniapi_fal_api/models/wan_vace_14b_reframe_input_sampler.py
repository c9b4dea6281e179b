from typing import Literal

WanVace14BReframeInputSampler = Literal["dpm++", "euler", "unipc"]

WAN_VACE_14B_REFRAME_INPUT_SAMPLER_VALUES: set[WanVace14BReframeInputSampler] = {
    "dpm++",
    "euler",
    "unipc",
}


def check_wan_vace_14b_reframe_input_sampler(value: str) -> WanVace14BReframeInputSampler:
    if value in WAN_VACE_14B_REFRAME_INPUT_SAMPLER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_VACE_14B_REFRAME_INPUT_SAMPLER_VALUES!r}"
    )

from typing import Literal

WanVace14BDepthInputSampler = Literal["dpm++", "euler", "unipc"]

WAN_VACE_14B_DEPTH_INPUT_SAMPLER_VALUES: set[WanVace14BDepthInputSampler] = {
    "dpm++",
    "euler",
    "unipc",
}


def check_wan_vace_14b_depth_input_sampler(value: str) -> WanVace14BDepthInputSampler:
    if value in WAN_VACE_14B_DEPTH_INPUT_SAMPLER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_VACE_14B_DEPTH_INPUT_SAMPLER_VALUES!r}"
    )

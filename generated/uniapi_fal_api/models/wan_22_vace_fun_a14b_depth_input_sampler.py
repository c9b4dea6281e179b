from typing import Literal

Wan22VaceFunA14BDepthInputSampler = Literal["dpm++", "euler", "unipc"]

WAN_22_VACE_FUN_A14B_DEPTH_INPUT_SAMPLER_VALUES: set[Wan22VaceFunA14BDepthInputSampler] = {
    "dpm++",
    "euler",
    "unipc",
}


def check_wan_22_vace_fun_a14b_depth_input_sampler(value: str) -> Wan22VaceFunA14BDepthInputSampler:
    if value in WAN_22_VACE_FUN_A14B_DEPTH_INPUT_SAMPLER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_22_VACE_FUN_A14B_DEPTH_INPUT_SAMPLER_VALUES!r}"
    )

from typing import Literal

Wan22VaceFunA14BOutpaintingInputSampler = Literal["dpm++", "euler", "unipc"]

WAN_22_VACE_FUN_A14B_OUTPAINTING_INPUT_SAMPLER_VALUES: set[
    Wan22VaceFunA14BOutpaintingInputSampler
] = {
    "dpm++",
    "euler",
    "unipc",
}


def check_wan_22_vace_fun_a14b_outpainting_input_sampler(
    value: str,
) -> Wan22VaceFunA14BOutpaintingInputSampler:
    if value in WAN_22_VACE_FUN_A14B_OUTPAINTING_INPUT_SAMPLER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_22_VACE_FUN_A14B_OUTPAINTING_INPUT_SAMPLER_VALUES!r}"
    )

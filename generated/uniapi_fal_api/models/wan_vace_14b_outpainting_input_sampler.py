from typing import Literal

WanVace14BOutpaintingInputSampler = Literal["dpm++", "euler", "unipc"]

WAN_VACE_14B_OUTPAINTING_INPUT_SAMPLER_VALUES: set[WanVace14BOutpaintingInputSampler] = {
    "dpm++",
    "euler",
    "unipc",
}


def check_wan_vace_14b_outpainting_input_sampler(value: str) -> WanVace14BOutpaintingInputSampler:
    if value in WAN_VACE_14B_OUTPAINTING_INPUT_SAMPLER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_VACE_14B_OUTPAINTING_INPUT_SAMPLER_VALUES!r}"
    )

from typing import Literal

WanVace14BInpaintingInputSampler = Literal["dpm++", "euler", "unipc"]

WAN_VACE_14B_INPAINTING_INPUT_SAMPLER_VALUES: set[WanVace14BInpaintingInputSampler] = {
    "dpm++",
    "euler",
    "unipc",
}


def check_wan_vace_14b_inpainting_input_sampler(value: str) -> WanVace14BInpaintingInputSampler:
    if value in WAN_VACE_14B_INPAINTING_INPUT_SAMPLER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_VACE_14B_INPAINTING_INPUT_SAMPLER_VALUES!r}"
    )

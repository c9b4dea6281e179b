from typing import Literal

FastLcmDiffusionInputFormat = Literal["jpeg", "png"]

FAST_LCM_DIFFUSION_INPUT_FORMAT_VALUES: set[FastLcmDiffusionInputFormat] = {
    "jpeg",
    "png",
}


def check_fast_lcm_diffusion_input_format(value: str) -> FastLcmDiffusionInputFormat:
    if value in FAST_LCM_DIFFUSION_INPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FAST_LCM_DIFFUSION_INPUT_FORMAT_VALUES!r}"
    )

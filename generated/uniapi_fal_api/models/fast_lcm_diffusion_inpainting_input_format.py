from typing import Literal

FastLcmDiffusionInpaintingInputFormat = Literal["jpeg", "png"]

FAST_LCM_DIFFUSION_INPAINTING_INPUT_FORMAT_VALUES: set[FastLcmDiffusionInpaintingInputFormat] = {
    "jpeg",
    "png",
}


def check_fast_lcm_diffusion_inpainting_input_format(
    value: str,
) -> FastLcmDiffusionInpaintingInputFormat:
    if value in FAST_LCM_DIFFUSION_INPAINTING_INPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FAST_LCM_DIFFUSION_INPAINTING_INPUT_FORMAT_VALUES!r}"
    )

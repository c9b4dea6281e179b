from typing import Literal

FastLcmDiffusionInpaintingInputSafetyCheckerVersion = Literal["v1", "v2"]

FAST_LCM_DIFFUSION_INPAINTING_INPUT_SAFETY_CHECKER_VERSION_VALUES: set[
    FastLcmDiffusionInpaintingInputSafetyCheckerVersion
] = {
    "v1",
    "v2",
}


def check_fast_lcm_diffusion_inpainting_input_safety_checker_version(
    value: str,
) -> FastLcmDiffusionInpaintingInputSafetyCheckerVersion:
    if value in FAST_LCM_DIFFUSION_INPAINTING_INPUT_SAFETY_CHECKER_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FAST_LCM_DIFFUSION_INPAINTING_INPUT_SAFETY_CHECKER_VERSION_VALUES!r}"
    )

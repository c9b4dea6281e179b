from typing import Literal

FastLcmDiffusionImageToImageInputSafetyCheckerVersion = Literal["v1", "v2"]

FAST_LCM_DIFFUSION_IMAGE_TO_IMAGE_INPUT_SAFETY_CHECKER_VERSION_VALUES: set[
    FastLcmDiffusionImageToImageInputSafetyCheckerVersion
] = {
    "v1",
    "v2",
}


def check_fast_lcm_diffusion_image_to_image_input_safety_checker_version(
    value: str,
) -> FastLcmDiffusionImageToImageInputSafetyCheckerVersion:
    if value in FAST_LCM_DIFFUSION_IMAGE_TO_IMAGE_INPUT_SAFETY_CHECKER_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FAST_LCM_DIFFUSION_IMAGE_TO_IMAGE_INPUT_SAFETY_CHECKER_VERSION_VALUES!r}"
    )

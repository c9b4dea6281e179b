from typing import Literal

FastLcmDiffusionInputSafetyCheckerVersion = Literal["v1", "v2"]

FAST_LCM_DIFFUSION_INPUT_SAFETY_CHECKER_VERSION_VALUES: set[
    FastLcmDiffusionInputSafetyCheckerVersion
] = {
    "v1",
    "v2",
}


def check_fast_lcm_diffusion_input_safety_checker_version(
    value: str,
) -> FastLcmDiffusionInputSafetyCheckerVersion:
    if value in FAST_LCM_DIFFUSION_INPUT_SAFETY_CHECKER_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FAST_LCM_DIFFUSION_INPUT_SAFETY_CHECKER_VERSION_VALUES!r}"
    )

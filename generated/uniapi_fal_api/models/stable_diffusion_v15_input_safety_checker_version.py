from typing import Literal

StableDiffusionV15InputSafetyCheckerVersion = Literal["v1", "v2"]

STABLE_DIFFUSION_V15_INPUT_SAFETY_CHECKER_VERSION_VALUES: set[
    StableDiffusionV15InputSafetyCheckerVersion
] = {
    "v1",
    "v2",
}


def check_stable_diffusion_v15_input_safety_checker_version(
    value: str,
) -> StableDiffusionV15InputSafetyCheckerVersion:
    if value in STABLE_DIFFUSION_V15_INPUT_SAFETY_CHECKER_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STABLE_DIFFUSION_V15_INPUT_SAFETY_CHECKER_VERSION_VALUES!r}"
    )

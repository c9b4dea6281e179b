from typing import Literal

RealisticVisionInputSafetyCheckerVersion = Literal["v1", "v2"]

REALISTIC_VISION_INPUT_SAFETY_CHECKER_VERSION_VALUES: set[
    RealisticVisionInputSafetyCheckerVersion
] = {
    "v1",
    "v2",
}


def check_realistic_vision_input_safety_checker_version(
    value: str,
) -> RealisticVisionInputSafetyCheckerVersion:
    if value in REALISTIC_VISION_INPUT_SAFETY_CHECKER_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALISTIC_VISION_INPUT_SAFETY_CHECKER_VERSION_VALUES!r}"
    )

from typing import Literal

FastSdxlInputSafetyCheckerVersion = Literal["v1", "v2"]

FAST_SDXL_INPUT_SAFETY_CHECKER_VERSION_VALUES: set[FastSdxlInputSafetyCheckerVersion] = {
    "v1",
    "v2",
}


def check_fast_sdxl_input_safety_checker_version(value: str) -> FastSdxlInputSafetyCheckerVersion:
    if value in FAST_SDXL_INPUT_SAFETY_CHECKER_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FAST_SDXL_INPUT_SAFETY_CHECKER_VERSION_VALUES!r}"
    )

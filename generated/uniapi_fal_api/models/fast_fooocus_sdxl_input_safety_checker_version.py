from typing import Literal

FastFooocusSdxlInputSafetyCheckerVersion = Literal["v1", "v2"]

FAST_FOOOCUS_SDXL_INPUT_SAFETY_CHECKER_VERSION_VALUES: set[
    FastFooocusSdxlInputSafetyCheckerVersion
] = {
    "v1",
    "v2",
}


def check_fast_fooocus_sdxl_input_safety_checker_version(
    value: str,
) -> FastFooocusSdxlInputSafetyCheckerVersion:
    if value in FAST_FOOOCUS_SDXL_INPUT_SAFETY_CHECKER_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FAST_FOOOCUS_SDXL_INPUT_SAFETY_CHECKER_VERSION_VALUES!r}"
    )

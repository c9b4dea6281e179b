from typing import Literal

DreamshaperInputSafetyCheckerVersion = Literal["v1", "v2"]

DREAMSHAPER_INPUT_SAFETY_CHECKER_VERSION_VALUES: set[DreamshaperInputSafetyCheckerVersion] = {
    "v1",
    "v2",
}


def check_dreamshaper_input_safety_checker_version(
    value: str,
) -> DreamshaperInputSafetyCheckerVersion:
    if value in DREAMSHAPER_INPUT_SAFETY_CHECKER_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DREAMSHAPER_INPUT_SAFETY_CHECKER_VERSION_VALUES!r}"
    )

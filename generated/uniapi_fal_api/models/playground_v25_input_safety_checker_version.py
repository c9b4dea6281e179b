from typing import Literal

PlaygroundV25InputSafetyCheckerVersion = Literal["v1", "v2"]

PLAYGROUND_V25_INPUT_SAFETY_CHECKER_VERSION_VALUES: set[PlaygroundV25InputSafetyCheckerVersion] = {
    "v1",
    "v2",
}


def check_playground_v25_input_safety_checker_version(
    value: str,
) -> PlaygroundV25InputSafetyCheckerVersion:
    if value in PLAYGROUND_V25_INPUT_SAFETY_CHECKER_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PLAYGROUND_V25_INPUT_SAFETY_CHECKER_VERSION_VALUES!r}"
    )

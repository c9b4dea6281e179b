from typing import Literal

PlaygroundV25InpaintingInputSafetyCheckerVersion = Literal["v1", "v2"]

PLAYGROUND_V25_INPAINTING_INPUT_SAFETY_CHECKER_VERSION_VALUES: set[
    PlaygroundV25InpaintingInputSafetyCheckerVersion
] = {
    "v1",
    "v2",
}


def check_playground_v25_inpainting_input_safety_checker_version(
    value: str,
) -> PlaygroundV25InpaintingInputSafetyCheckerVersion:
    if value in PLAYGROUND_V25_INPAINTING_INPUT_SAFETY_CHECKER_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PLAYGROUND_V25_INPAINTING_INPUT_SAFETY_CHECKER_VERSION_VALUES!r}"
    )

from typing import Literal

PlaygroundV25ImageToImageInputSafetyCheckerVersion = Literal["v1", "v2"]

PLAYGROUND_V25_IMAGE_TO_IMAGE_INPUT_SAFETY_CHECKER_VERSION_VALUES: set[
    PlaygroundV25ImageToImageInputSafetyCheckerVersion
] = {
    "v1",
    "v2",
}


def check_playground_v25_image_to_image_input_safety_checker_version(
    value: str,
) -> PlaygroundV25ImageToImageInputSafetyCheckerVersion:
    if value in PLAYGROUND_V25_IMAGE_TO_IMAGE_INPUT_SAFETY_CHECKER_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PLAYGROUND_V25_IMAGE_TO_IMAGE_INPUT_SAFETY_CHECKER_VERSION_VALUES!r}"
    )

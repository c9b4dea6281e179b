from typing import Literal

FastSdxlImageToImageInputSafetyCheckerVersion = Literal["v1", "v2"]

FAST_SDXL_IMAGE_TO_IMAGE_INPUT_SAFETY_CHECKER_VERSION_VALUES: set[
    FastSdxlImageToImageInputSafetyCheckerVersion
] = {
    "v1",
    "v2",
}


def check_fast_sdxl_image_to_image_input_safety_checker_version(
    value: str,
) -> FastSdxlImageToImageInputSafetyCheckerVersion:
    if value in FAST_SDXL_IMAGE_TO_IMAGE_INPUT_SAFETY_CHECKER_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FAST_SDXL_IMAGE_TO_IMAGE_INPUT_SAFETY_CHECKER_VERSION_VALUES!r}"
    )

from typing import Literal

FastFooocusSdxlImageToImageInputSafetyCheckerVersion = Literal["v1", "v2"]

FAST_FOOOCUS_SDXL_IMAGE_TO_IMAGE_INPUT_SAFETY_CHECKER_VERSION_VALUES: set[
    FastFooocusSdxlImageToImageInputSafetyCheckerVersion
] = {
    "v1",
    "v2",
}


def check_fast_fooocus_sdxl_image_to_image_input_safety_checker_version(
    value: str,
) -> FastFooocusSdxlImageToImageInputSafetyCheckerVersion:
    if value in FAST_FOOOCUS_SDXL_IMAGE_TO_IMAGE_INPUT_SAFETY_CHECKER_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FAST_FOOOCUS_SDXL_IMAGE_TO_IMAGE_INPUT_SAFETY_CHECKER_VERSION_VALUES!r}"
    )

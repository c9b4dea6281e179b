from typing import Literal

FastLightningSdxlImageToImageInputSafetyCheckerVersion = Literal["v1", "v2"]

FAST_LIGHTNING_SDXL_IMAGE_TO_IMAGE_INPUT_SAFETY_CHECKER_VERSION_VALUES: set[
    FastLightningSdxlImageToImageInputSafetyCheckerVersion
] = {
    "v1",
    "v2",
}


def check_fast_lightning_sdxl_image_to_image_input_safety_checker_version(
    value: str,
) -> FastLightningSdxlImageToImageInputSafetyCheckerVersion:
    if value in FAST_LIGHTNING_SDXL_IMAGE_TO_IMAGE_INPUT_SAFETY_CHECKER_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FAST_LIGHTNING_SDXL_IMAGE_TO_IMAGE_INPUT_SAFETY_CHECKER_VERSION_VALUES!r}"
    )

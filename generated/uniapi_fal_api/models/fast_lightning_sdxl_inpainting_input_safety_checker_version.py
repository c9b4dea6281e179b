from typing import Literal

FastLightningSdxlInpaintingInputSafetyCheckerVersion = Literal["v1", "v2"]

FAST_LIGHTNING_SDXL_INPAINTING_INPUT_SAFETY_CHECKER_VERSION_VALUES: set[
    FastLightningSdxlInpaintingInputSafetyCheckerVersion
] = {
    "v1",
    "v2",
}


def check_fast_lightning_sdxl_inpainting_input_safety_checker_version(
    value: str,
) -> FastLightningSdxlInpaintingInputSafetyCheckerVersion:
    if value in FAST_LIGHTNING_SDXL_INPAINTING_INPUT_SAFETY_CHECKER_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FAST_LIGHTNING_SDXL_INPAINTING_INPUT_SAFETY_CHECKER_VERSION_VALUES!r}"
    )

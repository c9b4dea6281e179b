from typing import Literal

FastSdxlControlnetCannyInpaintingInputSafetyCheckerVersion = Literal["v1", "v2"]

FAST_SDXL_CONTROLNET_CANNY_INPAINTING_INPUT_SAFETY_CHECKER_VERSION_VALUES: set[
    FastSdxlControlnetCannyInpaintingInputSafetyCheckerVersion
] = {
    "v1",
    "v2",
}


def check_fast_sdxl_controlnet_canny_inpainting_input_safety_checker_version(
    value: str,
) -> FastSdxlControlnetCannyInpaintingInputSafetyCheckerVersion:
    if value in FAST_SDXL_CONTROLNET_CANNY_INPAINTING_INPUT_SAFETY_CHECKER_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FAST_SDXL_CONTROLNET_CANNY_INPAINTING_INPUT_SAFETY_CHECKER_VERSION_VALUES!r}"
    )

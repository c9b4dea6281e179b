from typing import Literal

FastSdxlControlnetCannyInpaintingInputFormat = Literal["jpeg", "png"]

FAST_SDXL_CONTROLNET_CANNY_INPAINTING_INPUT_FORMAT_VALUES: set[
    FastSdxlControlnetCannyInpaintingInputFormat
] = {
    "jpeg",
    "png",
}


def check_fast_sdxl_controlnet_canny_inpainting_input_format(
    value: str,
) -> FastSdxlControlnetCannyInpaintingInputFormat:
    if value in FAST_SDXL_CONTROLNET_CANNY_INPAINTING_INPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FAST_SDXL_CONTROLNET_CANNY_INPAINTING_INPUT_FORMAT_VALUES!r}"
    )

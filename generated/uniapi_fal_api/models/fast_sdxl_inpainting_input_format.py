from typing import Literal

FastSdxlInpaintingInputFormat = Literal["jpeg", "png"]

FAST_SDXL_INPAINTING_INPUT_FORMAT_VALUES: set[FastSdxlInpaintingInputFormat] = {
    "jpeg",
    "png",
}


def check_fast_sdxl_inpainting_input_format(value: str) -> FastSdxlInpaintingInputFormat:
    if value in FAST_SDXL_INPAINTING_INPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FAST_SDXL_INPAINTING_INPUT_FORMAT_VALUES!r}"
    )

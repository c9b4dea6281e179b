from typing import Literal

FastLightningSdxlInpaintingInputFormat = Literal["jpeg", "png"]

FAST_LIGHTNING_SDXL_INPAINTING_INPUT_FORMAT_VALUES: set[FastLightningSdxlInpaintingInputFormat] = {
    "jpeg",
    "png",
}


def check_fast_lightning_sdxl_inpainting_input_format(
    value: str,
) -> FastLightningSdxlInpaintingInputFormat:
    if value in FAST_LIGHTNING_SDXL_INPAINTING_INPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FAST_LIGHTNING_SDXL_INPAINTING_INPUT_FORMAT_VALUES!r}"
    )

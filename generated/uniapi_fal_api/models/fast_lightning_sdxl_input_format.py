from typing import Literal

FastLightningSdxlInputFormat = Literal["jpeg", "png"]

FAST_LIGHTNING_SDXL_INPUT_FORMAT_VALUES: set[FastLightningSdxlInputFormat] = {
    "jpeg",
    "png",
}


def check_fast_lightning_sdxl_input_format(value: str) -> FastLightningSdxlInputFormat:
    if value in FAST_LIGHTNING_SDXL_INPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FAST_LIGHTNING_SDXL_INPUT_FORMAT_VALUES!r}"
    )

from typing import Literal

FastSdxlInputFormat = Literal["jpeg", "png"]

FAST_SDXL_INPUT_FORMAT_VALUES: set[FastSdxlInputFormat] = {
    "jpeg",
    "png",
}


def check_fast_sdxl_input_format(value: str) -> FastSdxlInputFormat:
    if value in FAST_SDXL_INPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FAST_SDXL_INPUT_FORMAT_VALUES!r}"
    )

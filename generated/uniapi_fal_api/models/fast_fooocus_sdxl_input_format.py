from typing import Literal

FastFooocusSdxlInputFormat = Literal["jpeg", "png"]

FAST_FOOOCUS_SDXL_INPUT_FORMAT_VALUES: set[FastFooocusSdxlInputFormat] = {
    "jpeg",
    "png",
}


def check_fast_fooocus_sdxl_input_format(value: str) -> FastFooocusSdxlInputFormat:
    if value in FAST_FOOOCUS_SDXL_INPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FAST_FOOOCUS_SDXL_INPUT_FORMAT_VALUES!r}"
    )

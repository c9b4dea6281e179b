from typing import Literal

LeffaVirtualTryonInputOutputFormat = Literal["jpeg", "png"]

LEFFA_VIRTUAL_TRYON_INPUT_OUTPUT_FORMAT_VALUES: set[LeffaVirtualTryonInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_leffa_virtual_tryon_input_output_format(value: str) -> LeffaVirtualTryonInputOutputFormat:
    if value in LEFFA_VIRTUAL_TRYON_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LEFFA_VIRTUAL_TRYON_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

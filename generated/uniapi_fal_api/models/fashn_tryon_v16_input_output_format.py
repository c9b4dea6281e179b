from typing import Literal

FashnTryonV16InputOutputFormat = Literal["jpeg", "png"]

FASHN_TRYON_V16_INPUT_OUTPUT_FORMAT_VALUES: set[FashnTryonV16InputOutputFormat] = {
    "jpeg",
    "png",
}


def check_fashn_tryon_v16_input_output_format(value: str) -> FashnTryonV16InputOutputFormat:
    if value in FASHN_TRYON_V16_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FASHN_TRYON_V16_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

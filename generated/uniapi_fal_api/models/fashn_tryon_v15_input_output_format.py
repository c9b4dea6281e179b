from typing import Literal

FashnTryonV15InputOutputFormat = Literal["jpeg", "png"]

FASHN_TRYON_V15_INPUT_OUTPUT_FORMAT_VALUES: set[FashnTryonV15InputOutputFormat] = {
    "jpeg",
    "png",
}


def check_fashn_tryon_v15_input_output_format(value: str) -> FashnTryonV15InputOutputFormat:
    if value in FASHN_TRYON_V15_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FASHN_TRYON_V15_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

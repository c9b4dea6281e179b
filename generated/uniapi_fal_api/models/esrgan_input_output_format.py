from typing import Literal

EsrganInputOutputFormat = Literal["jpeg", "png"]

ESRGAN_INPUT_OUTPUT_FORMAT_VALUES: set[EsrganInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_esrgan_input_output_format(value: str) -> EsrganInputOutputFormat:
    if value in ESRGAN_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ESRGAN_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

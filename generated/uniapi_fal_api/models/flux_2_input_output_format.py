from typing import Literal

Flux2InputOutputFormat = Literal["jpeg", "png", "webp"]

FLUX_2_INPUT_OUTPUT_FORMAT_VALUES: set[Flux2InputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_flux_2_input_output_format(value: str) -> Flux2InputOutputFormat:
    if value in FLUX_2_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

from typing import Literal

Flux2Klein9BInputOutputFormat = Literal["jpeg", "png", "webp"]

FLUX_2_KLEIN_9B_INPUT_OUTPUT_FORMAT_VALUES: set[Flux2Klein9BInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_flux_2_klein_9b_input_output_format(value: str) -> Flux2Klein9BInputOutputFormat:
    if value in FLUX_2_KLEIN_9B_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_KLEIN_9B_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

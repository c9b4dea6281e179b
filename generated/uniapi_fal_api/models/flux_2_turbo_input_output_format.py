from typing import Literal

Flux2TurboInputOutputFormat = Literal["jpeg", "png", "webp"]

FLUX_2_TURBO_INPUT_OUTPUT_FORMAT_VALUES: set[Flux2TurboInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_flux_2_turbo_input_output_format(value: str) -> Flux2TurboInputOutputFormat:
    if value in FLUX_2_TURBO_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_TURBO_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

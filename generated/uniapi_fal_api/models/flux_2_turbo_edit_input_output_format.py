from typing import Literal

Flux2TurboEditInputOutputFormat = Literal["jpeg", "png", "webp"]

FLUX_2_TURBO_EDIT_INPUT_OUTPUT_FORMAT_VALUES: set[Flux2TurboEditInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_flux_2_turbo_edit_input_output_format(value: str) -> Flux2TurboEditInputOutputFormat:
    if value in FLUX_2_TURBO_EDIT_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_TURBO_EDIT_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

from typing import Literal

Flux1KreaReduxInputOutputFormat = Literal["jpeg", "png"]

FLUX_1_KREA_REDUX_INPUT_OUTPUT_FORMAT_VALUES: set[Flux1KreaReduxInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_flux_1_krea_redux_input_output_format(value: str) -> Flux1KreaReduxInputOutputFormat:
    if value in FLUX_1_KREA_REDUX_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_1_KREA_REDUX_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

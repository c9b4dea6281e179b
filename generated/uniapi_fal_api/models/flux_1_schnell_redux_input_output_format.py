from typing import Literal

Flux1SchnellReduxInputOutputFormat = Literal["jpeg", "png"]

FLUX_1_SCHNELL_REDUX_INPUT_OUTPUT_FORMAT_VALUES: set[Flux1SchnellReduxInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_flux_1_schnell_redux_input_output_format(
    value: str,
) -> Flux1SchnellReduxInputOutputFormat:
    if value in FLUX_1_SCHNELL_REDUX_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_1_SCHNELL_REDUX_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

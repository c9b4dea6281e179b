from typing import Literal

FluxSchnellReduxInputOutputFormat = Literal["jpeg", "png"]

FLUX_SCHNELL_REDUX_INPUT_OUTPUT_FORMAT_VALUES: set[FluxSchnellReduxInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_flux_schnell_redux_input_output_format(value: str) -> FluxSchnellReduxInputOutputFormat:
    if value in FLUX_SCHNELL_REDUX_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_SCHNELL_REDUX_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

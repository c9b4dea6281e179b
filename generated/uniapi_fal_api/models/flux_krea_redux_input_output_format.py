from typing import Literal

FluxKreaReduxInputOutputFormat = Literal["jpeg", "png"]

FLUX_KREA_REDUX_INPUT_OUTPUT_FORMAT_VALUES: set[FluxKreaReduxInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_flux_krea_redux_input_output_format(value: str) -> FluxKreaReduxInputOutputFormat:
    if value in FLUX_KREA_REDUX_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_KREA_REDUX_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

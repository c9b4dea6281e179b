from typing import Literal

FluxDevReduxInputOutputFormat = Literal["jpeg", "png"]

FLUX_DEV_REDUX_INPUT_OUTPUT_FORMAT_VALUES: set[FluxDevReduxInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_flux_dev_redux_input_output_format(value: str) -> FluxDevReduxInputOutputFormat:
    if value in FLUX_DEV_REDUX_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_DEV_REDUX_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

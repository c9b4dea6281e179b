from typing import Literal

Flux1DevReduxInputOutputFormat = Literal["jpeg", "png"]

FLUX_1_DEV_REDUX_INPUT_OUTPUT_FORMAT_VALUES: set[Flux1DevReduxInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_flux_1_dev_redux_input_output_format(value: str) -> Flux1DevReduxInputOutputFormat:
    if value in FLUX_1_DEV_REDUX_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_1_DEV_REDUX_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

from typing import Literal

FluxProV11ReduxInputOutputFormat = Literal["jpeg", "png"]

FLUX_PRO_V11_REDUX_INPUT_OUTPUT_FORMAT_VALUES: set[FluxProV11ReduxInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_flux_pro_v11_redux_input_output_format(value: str) -> FluxProV11ReduxInputOutputFormat:
    if value in FLUX_PRO_V11_REDUX_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_PRO_V11_REDUX_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

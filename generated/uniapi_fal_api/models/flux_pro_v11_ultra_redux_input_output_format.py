from typing import Literal

FluxProV11UltraReduxInputOutputFormat = Literal["jpeg", "png"]

FLUX_PRO_V11_ULTRA_REDUX_INPUT_OUTPUT_FORMAT_VALUES: set[FluxProV11UltraReduxInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_flux_pro_v11_ultra_redux_input_output_format(
    value: str,
) -> FluxProV11UltraReduxInputOutputFormat:
    if value in FLUX_PRO_V11_ULTRA_REDUX_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_PRO_V11_ULTRA_REDUX_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

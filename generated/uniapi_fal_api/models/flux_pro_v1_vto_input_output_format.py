from typing import Literal

FluxProV1VtoInputOutputFormat = Literal["jpeg", "png"]

FLUX_PRO_V1_VTO_INPUT_OUTPUT_FORMAT_VALUES: set[FluxProV1VtoInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_flux_pro_v1_vto_input_output_format(value: str) -> FluxProV1VtoInputOutputFormat:
    if value in FLUX_PRO_V1_VTO_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_PRO_V1_VTO_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

from typing import Literal

FluxProV1EraseInputOutputFormat = Literal["jpeg", "png"]

FLUX_PRO_V1_ERASE_INPUT_OUTPUT_FORMAT_VALUES: set[FluxProV1EraseInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_flux_pro_v1_erase_input_output_format(value: str) -> FluxProV1EraseInputOutputFormat:
    if value in FLUX_PRO_V1_ERASE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_PRO_V1_ERASE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

from typing import Literal

FluxProKontextInputOutputFormat = Literal["jpeg", "png"]

FLUX_PRO_KONTEXT_INPUT_OUTPUT_FORMAT_VALUES: set[FluxProKontextInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_flux_pro_kontext_input_output_format(value: str) -> FluxProKontextInputOutputFormat:
    if value in FLUX_PRO_KONTEXT_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_PRO_KONTEXT_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

from typing import Literal

FluxProKontextMultiInputOutputFormat = Literal["jpeg", "png"]

FLUX_PRO_KONTEXT_MULTI_INPUT_OUTPUT_FORMAT_VALUES: set[FluxProKontextMultiInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_flux_pro_kontext_multi_input_output_format(
    value: str,
) -> FluxProKontextMultiInputOutputFormat:
    if value in FLUX_PRO_KONTEXT_MULTI_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_PRO_KONTEXT_MULTI_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

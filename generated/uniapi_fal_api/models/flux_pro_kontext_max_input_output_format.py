from typing import Literal

FluxProKontextMaxInputOutputFormat = Literal["jpeg", "png"]

FLUX_PRO_KONTEXT_MAX_INPUT_OUTPUT_FORMAT_VALUES: set[FluxProKontextMaxInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_flux_pro_kontext_max_input_output_format(
    value: str,
) -> FluxProKontextMaxInputOutputFormat:
    if value in FLUX_PRO_KONTEXT_MAX_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_PRO_KONTEXT_MAX_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

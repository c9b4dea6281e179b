from typing import Literal

FluxProKontextMaxMultiInputOutputFormat = Literal["jpeg", "png"]

FLUX_PRO_KONTEXT_MAX_MULTI_INPUT_OUTPUT_FORMAT_VALUES: set[
    FluxProKontextMaxMultiInputOutputFormat
] = {
    "jpeg",
    "png",
}


def check_flux_pro_kontext_max_multi_input_output_format(
    value: str,
) -> FluxProKontextMaxMultiInputOutputFormat:
    if value in FLUX_PRO_KONTEXT_MAX_MULTI_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_PRO_KONTEXT_MAX_MULTI_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

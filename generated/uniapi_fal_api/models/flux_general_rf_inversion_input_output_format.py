from typing import Literal

FluxGeneralRfInversionInputOutputFormat = Literal["jpeg", "png"]

FLUX_GENERAL_RF_INVERSION_INPUT_OUTPUT_FORMAT_VALUES: set[
    FluxGeneralRfInversionInputOutputFormat
] = {
    "jpeg",
    "png",
}


def check_flux_general_rf_inversion_input_output_format(
    value: str,
) -> FluxGeneralRfInversionInputOutputFormat:
    if value in FLUX_GENERAL_RF_INVERSION_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_GENERAL_RF_INVERSION_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

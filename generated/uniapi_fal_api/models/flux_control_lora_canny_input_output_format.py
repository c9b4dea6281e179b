from typing import Literal

FluxControlLoraCannyInputOutputFormat = Literal["jpeg", "png"]

FLUX_CONTROL_LORA_CANNY_INPUT_OUTPUT_FORMAT_VALUES: set[FluxControlLoraCannyInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_flux_control_lora_canny_input_output_format(
    value: str,
) -> FluxControlLoraCannyInputOutputFormat:
    if value in FLUX_CONTROL_LORA_CANNY_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_CONTROL_LORA_CANNY_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

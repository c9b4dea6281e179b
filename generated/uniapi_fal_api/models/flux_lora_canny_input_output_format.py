from typing import Literal

FluxLoraCannyInputOutputFormat = Literal["jpeg", "png"]

FLUX_LORA_CANNY_INPUT_OUTPUT_FORMAT_VALUES: set[FluxLoraCannyInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_flux_lora_canny_input_output_format(value: str) -> FluxLoraCannyInputOutputFormat:
    if value in FLUX_LORA_CANNY_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_LORA_CANNY_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

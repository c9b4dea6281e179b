from typing import Literal

FluxLoraInputOutputFormat = Literal["jpeg", "png"]

FLUX_LORA_INPUT_OUTPUT_FORMAT_VALUES: set[FluxLoraInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_flux_lora_input_output_format(value: str) -> FluxLoraInputOutputFormat:
    if value in FLUX_LORA_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_LORA_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

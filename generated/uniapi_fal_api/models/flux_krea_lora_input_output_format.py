from typing import Literal

FluxKreaLoraInputOutputFormat = Literal["jpeg", "png"]

FLUX_KREA_LORA_INPUT_OUTPUT_FORMAT_VALUES: set[FluxKreaLoraInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_flux_krea_lora_input_output_format(value: str) -> FluxKreaLoraInputOutputFormat:
    if value in FLUX_KREA_LORA_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_KREA_LORA_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

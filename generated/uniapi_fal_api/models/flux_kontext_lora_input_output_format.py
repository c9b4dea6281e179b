from typing import Literal

FluxKontextLoraInputOutputFormat = Literal["jpeg", "png"]

FLUX_KONTEXT_LORA_INPUT_OUTPUT_FORMAT_VALUES: set[FluxKontextLoraInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_flux_kontext_lora_input_output_format(value: str) -> FluxKontextLoraInputOutputFormat:
    if value in FLUX_KONTEXT_LORA_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_KONTEXT_LORA_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

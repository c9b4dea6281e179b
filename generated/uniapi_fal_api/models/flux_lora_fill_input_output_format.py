from typing import Literal

FluxLoraFillInputOutputFormat = Literal["jpeg", "png"]

FLUX_LORA_FILL_INPUT_OUTPUT_FORMAT_VALUES: set[FluxLoraFillInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_flux_lora_fill_input_output_format(value: str) -> FluxLoraFillInputOutputFormat:
    if value in FLUX_LORA_FILL_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_LORA_FILL_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

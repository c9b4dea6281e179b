from typing import Literal

Flux2LoraInputOutputFormat = Literal["jpeg", "png", "webp"]

FLUX_2_LORA_INPUT_OUTPUT_FORMAT_VALUES: set[Flux2LoraInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_flux_2_lora_input_output_format(value: str) -> Flux2LoraInputOutputFormat:
    if value in FLUX_2_LORA_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_LORA_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

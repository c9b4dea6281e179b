from typing import Literal

Flux2Klein9BLoraInputOutputFormat = Literal["jpeg", "png", "webp"]

FLUX_2_KLEIN_9B_LORA_INPUT_OUTPUT_FORMAT_VALUES: set[Flux2Klein9BLoraInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_flux_2_klein_9b_lora_input_output_format(value: str) -> Flux2Klein9BLoraInputOutputFormat:
    if value in FLUX_2_KLEIN_9B_LORA_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_KLEIN_9B_LORA_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

from typing import Literal

Flux2Klein4BLoraInputOutputFormat = Literal["jpeg", "png", "webp"]

FLUX_2_KLEIN_4B_LORA_INPUT_OUTPUT_FORMAT_VALUES: set[Flux2Klein4BLoraInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_flux_2_klein_4b_lora_input_output_format(value: str) -> Flux2Klein4BLoraInputOutputFormat:
    if value in FLUX_2_KLEIN_4B_LORA_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_KLEIN_4B_LORA_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

from typing import Literal

Flux2Klein9BBaseEditLoraInputOutputFormat = Literal["jpeg", "png", "webp"]

FLUX_2_KLEIN_9B_BASE_EDIT_LORA_INPUT_OUTPUT_FORMAT_VALUES: set[
    Flux2Klein9BBaseEditLoraInputOutputFormat
] = {
    "jpeg",
    "png",
    "webp",
}


def check_flux_2_klein_9b_base_edit_lora_input_output_format(
    value: str,
) -> Flux2Klein9BBaseEditLoraInputOutputFormat:
    if value in FLUX_2_KLEIN_9B_BASE_EDIT_LORA_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_KLEIN_9B_BASE_EDIT_LORA_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

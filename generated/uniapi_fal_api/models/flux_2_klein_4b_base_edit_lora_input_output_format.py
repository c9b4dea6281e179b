from typing import Literal

Flux2Klein4BBaseEditLoraInputOutputFormat = Literal["jpeg", "png", "webp"]

FLUX_2_KLEIN_4B_BASE_EDIT_LORA_INPUT_OUTPUT_FORMAT_VALUES: set[
    Flux2Klein4BBaseEditLoraInputOutputFormat
] = {
    "jpeg",
    "png",
    "webp",
}


def check_flux_2_klein_4b_base_edit_lora_input_output_format(
    value: str,
) -> Flux2Klein4BBaseEditLoraInputOutputFormat:
    if value in FLUX_2_KLEIN_4B_BASE_EDIT_LORA_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_KLEIN_4B_BASE_EDIT_LORA_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

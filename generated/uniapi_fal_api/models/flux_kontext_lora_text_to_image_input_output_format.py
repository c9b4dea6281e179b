from typing import Literal

FluxKontextLoraTextToImageInputOutputFormat = Literal["jpeg", "png"]

FLUX_KONTEXT_LORA_TEXT_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES: set[
    FluxKontextLoraTextToImageInputOutputFormat
] = {
    "jpeg",
    "png",
}


def check_flux_kontext_lora_text_to_image_input_output_format(
    value: str,
) -> FluxKontextLoraTextToImageInputOutputFormat:
    if value in FLUX_KONTEXT_LORA_TEXT_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_KONTEXT_LORA_TEXT_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

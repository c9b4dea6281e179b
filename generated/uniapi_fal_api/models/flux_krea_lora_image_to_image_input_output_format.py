from typing import Literal

FluxKreaLoraImageToImageInputOutputFormat = Literal["jpeg", "png"]

FLUX_KREA_LORA_IMAGE_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES: set[
    FluxKreaLoraImageToImageInputOutputFormat
] = {
    "jpeg",
    "png",
}


def check_flux_krea_lora_image_to_image_input_output_format(
    value: str,
) -> FluxKreaLoraImageToImageInputOutputFormat:
    if value in FLUX_KREA_LORA_IMAGE_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_KREA_LORA_IMAGE_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

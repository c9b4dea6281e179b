from typing import Literal

FluxLoraImageToImageInputOutputFormat = Literal["jpeg", "png"]

FLUX_LORA_IMAGE_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES: set[FluxLoraImageToImageInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_flux_lora_image_to_image_input_output_format(
    value: str,
) -> FluxLoraImageToImageInputOutputFormat:
    if value in FLUX_LORA_IMAGE_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_LORA_IMAGE_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

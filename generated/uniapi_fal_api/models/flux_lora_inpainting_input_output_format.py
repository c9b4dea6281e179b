from typing import Literal

FluxLoraInpaintingInputOutputFormat = Literal["jpeg", "png"]

FLUX_LORA_INPAINTING_INPUT_OUTPUT_FORMAT_VALUES: set[FluxLoraInpaintingInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_flux_lora_inpainting_input_output_format(
    value: str,
) -> FluxLoraInpaintingInputOutputFormat:
    if value in FLUX_LORA_INPAINTING_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_LORA_INPAINTING_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

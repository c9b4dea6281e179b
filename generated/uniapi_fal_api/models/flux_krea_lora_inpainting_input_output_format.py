from typing import Literal

FluxKreaLoraInpaintingInputOutputFormat = Literal["jpeg", "png"]

FLUX_KREA_LORA_INPAINTING_INPUT_OUTPUT_FORMAT_VALUES: set[
    FluxKreaLoraInpaintingInputOutputFormat
] = {
    "jpeg",
    "png",
}


def check_flux_krea_lora_inpainting_input_output_format(
    value: str,
) -> FluxKreaLoraInpaintingInputOutputFormat:
    if value in FLUX_KREA_LORA_INPAINTING_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_KREA_LORA_INPAINTING_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

from typing import Literal

FluxKontextLoraInpaintInputOutputFormat = Literal["jpeg", "png"]

FLUX_KONTEXT_LORA_INPAINT_INPUT_OUTPUT_FORMAT_VALUES: set[
    FluxKontextLoraInpaintInputOutputFormat
] = {
    "jpeg",
    "png",
}


def check_flux_kontext_lora_inpaint_input_output_format(
    value: str,
) -> FluxKontextLoraInpaintInputOutputFormat:
    if value in FLUX_KONTEXT_LORA_INPAINT_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_KONTEXT_LORA_INPAINT_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

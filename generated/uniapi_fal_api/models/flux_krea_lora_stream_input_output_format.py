from typing import Literal

FluxKreaLoraStreamInputOutputFormat = Literal["jpeg", "png"]

FLUX_KREA_LORA_STREAM_INPUT_OUTPUT_FORMAT_VALUES: set[FluxKreaLoraStreamInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_flux_krea_lora_stream_input_output_format(
    value: str,
) -> FluxKreaLoraStreamInputOutputFormat:
    if value in FLUX_KREA_LORA_STREAM_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_KREA_LORA_STREAM_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

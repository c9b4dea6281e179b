from typing import Literal

FluxLoraStreamInputOutputFormat = Literal["jpeg", "png"]

FLUX_LORA_STREAM_INPUT_OUTPUT_FORMAT_VALUES: set[FluxLoraStreamInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_flux_lora_stream_input_output_format(value: str) -> FluxLoraStreamInputOutputFormat:
    if value in FLUX_LORA_STREAM_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_LORA_STREAM_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

from typing import Literal

FluxLoraDepthInputOutputFormat = Literal["jpeg", "png"]

FLUX_LORA_DEPTH_INPUT_OUTPUT_FORMAT_VALUES: set[FluxLoraDepthInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_flux_lora_depth_input_output_format(value: str) -> FluxLoraDepthInputOutputFormat:
    if value in FLUX_LORA_DEPTH_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_LORA_DEPTH_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

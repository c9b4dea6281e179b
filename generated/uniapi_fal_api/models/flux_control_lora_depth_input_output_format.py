from typing import Literal

FluxControlLoraDepthInputOutputFormat = Literal["jpeg", "png"]

FLUX_CONTROL_LORA_DEPTH_INPUT_OUTPUT_FORMAT_VALUES: set[FluxControlLoraDepthInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_flux_control_lora_depth_input_output_format(
    value: str,
) -> FluxControlLoraDepthInputOutputFormat:
    if value in FLUX_CONTROL_LORA_DEPTH_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_CONTROL_LORA_DEPTH_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

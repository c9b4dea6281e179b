from typing import Literal

FluxControlLoraDepthImageToImageInputOutputFormat = Literal["jpeg", "png"]

FLUX_CONTROL_LORA_DEPTH_IMAGE_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES: set[
    FluxControlLoraDepthImageToImageInputOutputFormat
] = {
    "jpeg",
    "png",
}


def check_flux_control_lora_depth_image_to_image_input_output_format(
    value: str,
) -> FluxControlLoraDepthImageToImageInputOutputFormat:
    if value in FLUX_CONTROL_LORA_DEPTH_IMAGE_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_CONTROL_LORA_DEPTH_IMAGE_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

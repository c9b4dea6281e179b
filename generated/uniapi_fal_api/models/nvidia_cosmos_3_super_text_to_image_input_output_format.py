from typing import Literal

NvidiaCosmos3SuperTextToImageInputOutputFormat = Literal["jpeg", "png"]

NVIDIA_COSMOS_3_SUPER_TEXT_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES: set[
    NvidiaCosmos3SuperTextToImageInputOutputFormat
] = {
    "jpeg",
    "png",
}


def check_nvidia_cosmos_3_super_text_to_image_input_output_format(
    value: str,
) -> NvidiaCosmos3SuperTextToImageInputOutputFormat:
    if value in NVIDIA_COSMOS_3_SUPER_TEXT_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NVIDIA_COSMOS_3_SUPER_TEXT_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

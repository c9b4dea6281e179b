from typing import Literal

ErnieImageLoraInputOutputFormat = Literal["jpeg", "png"]

ERNIE_IMAGE_LORA_INPUT_OUTPUT_FORMAT_VALUES: set[ErnieImageLoraInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_ernie_image_lora_input_output_format(value: str) -> ErnieImageLoraInputOutputFormat:
    if value in ERNIE_IMAGE_LORA_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ERNIE_IMAGE_LORA_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

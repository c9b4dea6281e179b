from typing import Literal

LoraImageToImageInputImageFormat = Literal["jpeg", "png"]

LORA_IMAGE_TO_IMAGE_INPUT_IMAGE_FORMAT_VALUES: set[LoraImageToImageInputImageFormat] = {
    "jpeg",
    "png",
}


def check_lora_image_to_image_input_image_format(value: str) -> LoraImageToImageInputImageFormat:
    if value in LORA_IMAGE_TO_IMAGE_INPUT_IMAGE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LORA_IMAGE_TO_IMAGE_INPUT_IMAGE_FORMAT_VALUES!r}"
    )

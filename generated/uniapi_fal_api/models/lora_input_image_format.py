from typing import Literal

LoraInputImageFormat = Literal["jpeg", "png"]

LORA_INPUT_IMAGE_FORMAT_VALUES: set[LoraInputImageFormat] = {
    "jpeg",
    "png",
}


def check_lora_input_image_format(value: str) -> LoraInputImageFormat:
    if value in LORA_INPUT_IMAGE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LORA_INPUT_IMAGE_FORMAT_VALUES!r}"
    )

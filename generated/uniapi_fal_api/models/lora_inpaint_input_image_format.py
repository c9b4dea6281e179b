from typing import Literal

LoraInpaintInputImageFormat = Literal["jpeg", "png"]

LORA_INPAINT_INPUT_IMAGE_FORMAT_VALUES: set[LoraInpaintInputImageFormat] = {
    "jpeg",
    "png",
}


def check_lora_inpaint_input_image_format(value: str) -> LoraInpaintInputImageFormat:
    if value in LORA_INPAINT_INPUT_IMAGE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LORA_INPAINT_INPUT_IMAGE_FORMAT_VALUES!r}"
    )

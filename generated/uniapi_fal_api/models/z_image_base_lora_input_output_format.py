from typing import Literal

ZImageBaseLoraInputOutputFormat = Literal["jpeg", "png", "webp"]

Z_IMAGE_BASE_LORA_INPUT_OUTPUT_FORMAT_VALUES: set[ZImageBaseLoraInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_z_image_base_lora_input_output_format(value: str) -> ZImageBaseLoraInputOutputFormat:
    if value in Z_IMAGE_BASE_LORA_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {Z_IMAGE_BASE_LORA_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

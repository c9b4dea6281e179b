from typing import Literal

ZImageTurboImageToImageLoraInputOutputFormat = Literal["jpeg", "png", "webp"]

Z_IMAGE_TURBO_IMAGE_TO_IMAGE_LORA_INPUT_OUTPUT_FORMAT_VALUES: set[
    ZImageTurboImageToImageLoraInputOutputFormat
] = {
    "jpeg",
    "png",
    "webp",
}


def check_z_image_turbo_image_to_image_lora_input_output_format(
    value: str,
) -> ZImageTurboImageToImageLoraInputOutputFormat:
    if value in Z_IMAGE_TURBO_IMAGE_TO_IMAGE_LORA_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {Z_IMAGE_TURBO_IMAGE_TO_IMAGE_LORA_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

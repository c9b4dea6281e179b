from typing import Literal

ZImageTurboControlnetLoraInputOutputFormat = Literal["jpeg", "png", "webp"]

Z_IMAGE_TURBO_CONTROLNET_LORA_INPUT_OUTPUT_FORMAT_VALUES: set[
    ZImageTurboControlnetLoraInputOutputFormat
] = {
    "jpeg",
    "png",
    "webp",
}


def check_z_image_turbo_controlnet_lora_input_output_format(
    value: str,
) -> ZImageTurboControlnetLoraInputOutputFormat:
    if value in Z_IMAGE_TURBO_CONTROLNET_LORA_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {Z_IMAGE_TURBO_CONTROLNET_LORA_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

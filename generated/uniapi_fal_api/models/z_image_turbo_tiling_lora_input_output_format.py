from typing import Literal

ZImageTurboTilingLoraInputOutputFormat = Literal["jpeg", "png", "webp"]

Z_IMAGE_TURBO_TILING_LORA_INPUT_OUTPUT_FORMAT_VALUES: set[
    ZImageTurboTilingLoraInputOutputFormat
] = {
    "jpeg",
    "png",
    "webp",
}


def check_z_image_turbo_tiling_lora_input_output_format(
    value: str,
) -> ZImageTurboTilingLoraInputOutputFormat:
    if value in Z_IMAGE_TURBO_TILING_LORA_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {Z_IMAGE_TURBO_TILING_LORA_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

from typing import Literal

ZImageTurboTilingLoraInputTilingMode = Literal["both", "horizontal", "vertical"]

Z_IMAGE_TURBO_TILING_LORA_INPUT_TILING_MODE_VALUES: set[ZImageTurboTilingLoraInputTilingMode] = {
    "both",
    "horizontal",
    "vertical",
}


def check_z_image_turbo_tiling_lora_input_tiling_mode(
    value: str,
) -> ZImageTurboTilingLoraInputTilingMode:
    if value in Z_IMAGE_TURBO_TILING_LORA_INPUT_TILING_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {Z_IMAGE_TURBO_TILING_LORA_INPUT_TILING_MODE_VALUES!r}"
    )

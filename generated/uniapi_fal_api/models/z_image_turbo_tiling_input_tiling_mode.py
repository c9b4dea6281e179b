from typing import Literal

ZImageTurboTilingInputTilingMode = Literal["both", "horizontal", "vertical"]

Z_IMAGE_TURBO_TILING_INPUT_TILING_MODE_VALUES: set[ZImageTurboTilingInputTilingMode] = {
    "both",
    "horizontal",
    "vertical",
}


def check_z_image_turbo_tiling_input_tiling_mode(value: str) -> ZImageTurboTilingInputTilingMode:
    if value in Z_IMAGE_TURBO_TILING_INPUT_TILING_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {Z_IMAGE_TURBO_TILING_INPUT_TILING_MODE_VALUES!r}"
    )

from typing import Literal

ZImageTurboTilingInputOutputFormat = Literal["jpeg", "png", "webp"]

Z_IMAGE_TURBO_TILING_INPUT_OUTPUT_FORMAT_VALUES: set[ZImageTurboTilingInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_z_image_turbo_tiling_input_output_format(
    value: str,
) -> ZImageTurboTilingInputOutputFormat:
    if value in Z_IMAGE_TURBO_TILING_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {Z_IMAGE_TURBO_TILING_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

from typing import Literal

ZImageTurboInputOutputFormat = Literal["jpeg", "png", "webp"]

Z_IMAGE_TURBO_INPUT_OUTPUT_FORMAT_VALUES: set[ZImageTurboInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_z_image_turbo_input_output_format(value: str) -> ZImageTurboInputOutputFormat:
    if value in Z_IMAGE_TURBO_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {Z_IMAGE_TURBO_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

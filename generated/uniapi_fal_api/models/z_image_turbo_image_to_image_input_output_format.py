from typing import Literal

ZImageTurboImageToImageInputOutputFormat = Literal["jpeg", "png", "webp"]

Z_IMAGE_TURBO_IMAGE_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES: set[
    ZImageTurboImageToImageInputOutputFormat
] = {
    "jpeg",
    "png",
    "webp",
}


def check_z_image_turbo_image_to_image_input_output_format(
    value: str,
) -> ZImageTurboImageToImageInputOutputFormat:
    if value in Z_IMAGE_TURBO_IMAGE_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {Z_IMAGE_TURBO_IMAGE_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

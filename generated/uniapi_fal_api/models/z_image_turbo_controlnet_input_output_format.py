from typing import Literal

ZImageTurboControlnetInputOutputFormat = Literal["jpeg", "png", "webp"]

Z_IMAGE_TURBO_CONTROLNET_INPUT_OUTPUT_FORMAT_VALUES: set[ZImageTurboControlnetInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_z_image_turbo_controlnet_input_output_format(
    value: str,
) -> ZImageTurboControlnetInputOutputFormat:
    if value in Z_IMAGE_TURBO_CONTROLNET_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {Z_IMAGE_TURBO_CONTROLNET_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

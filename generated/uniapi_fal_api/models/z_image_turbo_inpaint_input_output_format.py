from typing import Literal

ZImageTurboInpaintInputOutputFormat = Literal["jpeg", "png", "webp"]

Z_IMAGE_TURBO_INPAINT_INPUT_OUTPUT_FORMAT_VALUES: set[ZImageTurboInpaintInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_z_image_turbo_inpaint_input_output_format(
    value: str,
) -> ZImageTurboInpaintInputOutputFormat:
    if value in Z_IMAGE_TURBO_INPAINT_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {Z_IMAGE_TURBO_INPAINT_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

from typing import Literal

TopazUpscaleImageInputOutputFormat = Literal["jpeg", "png"]

TOPAZ_UPSCALE_IMAGE_INPUT_OUTPUT_FORMAT_VALUES: set[TopazUpscaleImageInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_topaz_upscale_image_input_output_format(value: str) -> TopazUpscaleImageInputOutputFormat:
    if value in TOPAZ_UPSCALE_IMAGE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOPAZ_UPSCALE_IMAGE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

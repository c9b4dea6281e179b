from typing import Literal

SeedvrUpscaleImageInputOutputFormat = Literal["jpg", "png", "webp"]

SEEDVR_UPSCALE_IMAGE_INPUT_OUTPUT_FORMAT_VALUES: set[SeedvrUpscaleImageInputOutputFormat] = {
    "jpg",
    "png",
    "webp",
}


def check_seedvr_upscale_image_input_output_format(
    value: str,
) -> SeedvrUpscaleImageInputOutputFormat:
    if value in SEEDVR_UPSCALE_IMAGE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDVR_UPSCALE_IMAGE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )

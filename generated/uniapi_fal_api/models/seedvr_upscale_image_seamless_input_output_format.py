from typing import Literal

SeedvrUpscaleImageSeamlessInputOutputFormat = Literal["jpeg", "png", "webp"]

SEEDVR_UPSCALE_IMAGE_SEAMLESS_INPUT_OUTPUT_FORMAT_VALUES: set[
    SeedvrUpscaleImageSeamlessInputOutputFormat
] = {
    "jpeg",
    "png",
    "webp",
}


def check_seedvr_upscale_image_seamless_input_output_format(
    value: str,
) -> SeedvrUpscaleImageSeamlessInputOutputFormat:
    if value in SEEDVR_UPSCALE_IMAGE_SEAMLESS_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDVR_UPSCALE_IMAGE_SEAMLESS_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
